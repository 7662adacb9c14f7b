"""Round-13 speaker rules: cues the parser hangs as participles, partial quotes under verbs that
are not speech verbs. Sentences written for these tests."""

from __future__ import annotations

from quote_helpers import speaker_of


def test_participle_cue_after_a_verbless_subject_names_that_subject(nlp, quote_extractor):
    # The parser finds no finite verb, so "posted" hangs on "minister" as a participle.
    text = (
        '"We will not accept this outcome. Are the talks over for now?" the foreign minister, '
        "Kenji Sato, posted Friday after the summit in Lima."
    )
    assert speaker_of(nlp, quote_extractor, text, "Are the talks") in ("Kenji Sato", "the foreign minister")


def test_finite_tweet_cue_keeps_its_subject(nlp, quote_extractor):
    text = (
        '"Is the council going to finally act on the harbour? If it does not it should resign!" '
        "the opposition leader, Maria Okafor, tweeted Monday after a storm on the coast."
    )
    assert speaker_of(nlp, quote_extractor, text, "finally act") == "Maria Okafor"
