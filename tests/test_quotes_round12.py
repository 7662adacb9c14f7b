"""Round-12 speaker rules: people shown speaking in footage, documents two clauses away.
Sentences written for these tests."""

from __future__ import annotations

from quote_helpers import speaker_of


def test_person_shown_in_footage_speaks_not_the_ad(nlp, quote_extractor):
    text = 'The ad uses footage of Olaf Scholz asking, "Why should we wait another year?"'
    assert speaker_of(nlp, quote_extractor, text, "wait another year") == "Olaf Scholz"


def test_medium_before_a_participle_cue_does_not_speak(nlp, quote_extractor):
    text = 'The senator took to Twitter saying, "This vote is a disgrace to the chamber."'
    assert speaker_of(nlp, quote_extractor, text, "disgrace to the chamber") == "The senator"
