"""Copy that drops the space beside a double quotation mark still gives the quote its speaker.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_helpers import speaker_of


@pytest.mark.parametrize(
    "text",
    [
        "Senator Okafor said,“We will not back down on this bill.”",
        'Senator Okafor:"We will not back down on this bill."',
        "Senator Okafor said:“We will not back down on this bill.”",
    ],
)
def test_a_mark_glued_to_its_cue_keeps_the_cue_and_speaker(nlp, quote_extractor, text):
    assert speaker_of(nlp, quote_extractor, text, "back down") in ("Senator Okafor", "Okafor")


def test_a_glued_mark_is_a_token_of_its_own(nlp):
    assert [t.text for t in nlp.tokenizer("said,“Look")] == ["said", ",", "“", "Look"]
    assert [t.text for t in nlp.tokenizer('the "best"deal')] == ["the", '"', "best", '"', "deal"]
