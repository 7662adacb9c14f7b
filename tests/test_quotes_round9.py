"""Round-9 speaker rules: phrasal reporting verbs and other cues the parse hides. Sentences written
for these tests."""

from __future__ import annotations

from quote_helpers import speaker_of


def test_verb_with_particle_back_cues_the_quote_after_it(nlp, quote_extractor):
    text = (
        '"The talks stalled because your side walked out," the envoy said. '
        '"We walked out because you moved the border posts," Minister Okafor shot back with a smile.'
    )
    assert speaker_of(nlp, quote_extractor, text, "moved the border posts") == "Minister Okafor"


def test_verb_with_particle_back_cues_the_quote_after_a_colon(nlp, quote_extractor):
    text = (
        "When Ambassador Lund suggested the port deal was dead, Senator Ruiz fired back: "
        '"If they walk away from the port, they walk away from the loans."'
    )
    assert speaker_of(nlp, quote_extractor, text, "walk away from the port") == "Senator Ruiz"
