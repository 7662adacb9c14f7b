"""A parenthetical attribution closing a sentence whose quote ends before the sentence does.
Texts written for these tests."""

from __future__ import annotations

from quote_helpers import speaker_of


def test_attribution_after_words_that_finish_the_quoted_sentence_names_the_speaker(nlp, quote_extractor):
    text = (
        "The ministers met again on Friday.\n\n"
        '"Small states are running out of grain. The big exporters have the ships. We have no choice" '
        "but to ask the council for help, says Amara Diallo, a trade adviser in Dakar."
    )
    assert speaker_of(nlp, quote_extractor, text, "running out of grain") == "Amara Diallo"


def test_infinitive_finishing_the_quote_does_not_take_a_speaker_from_the_next_sentence(nlp, quote_extractor):
    text = (
        "Minister Haas opened the session.\n\n"
        '"Small states are running out of grain and we have no choice" but to ask the council for help. '
        "It was, he said, a bitter week."
    )
    assert speaker_of(nlp, quote_extractor, text, "running out of grain") == "Minister Haas"


def test_conjoined_cue_with_its_own_subject_is_a_clause_of_its_own(nlp, quote_extractor):
    text = (
        "She said fathers who adopt would not be eligible for the leave, and when pressed on why the plan "
        'leaves out fathers, the 41-year-old minister replied, "It is meant to help the mother who has given '
        'birth to the child."'
    )
    assert speaker_of(nlp, quote_extractor, text, "meant to help").endswith("minister")
