"""Speakers despite parser slips: a party-state tag in parentheses is no speaker; sentences written
for these tests."""

from __future__ import annotations

from quote_helpers import speaker_of


def test_party_state_tag_in_parentheses_is_not_the_speaker(nlp, quote_extractor):
    text = (
        "Friday at the Oregon Democratic party convention Sen. Amara Diallo (D-OR) said presumptive "
        "Republican nominee Tom Byrne was a “proven failure” at trade."
    )
    assert speaker_of(nlp, quote_extractor, text, "proven failure") == "Sen. Amara Diallo"
