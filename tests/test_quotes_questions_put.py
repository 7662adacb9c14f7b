"""Speaker rules: questions put to someone, and other cues around the answer. Sentences
written for these tests."""

from __future__ import annotations

from quote_helpers import speaker_of


def test_quoted_words_of_a_question_put_to_respondents_have_no_speaker(nlp, quote_extractor):
    text = (
        "The survey covered four provinces.\n\n"
        'Asked whether the ceasefire is "likely to hold through the winter," 61 percent of respondents '
        "said yes while 30 percent disagreed."
    )
    assert speaker_of(nlp, quote_extractor, text, "hold through the winter") is None


def test_quoted_words_of_a_question_asked_by_someone_are_the_askers(nlp, quote_extractor):
    text = 'Asked by Okafor if the envoy "still trusts the mediators," Minister Lund avoided an answer.'
    assert speaker_of(nlp, quote_extractor, text, "still trusts the mediators") == "Okafor"


def test_answer_after_a_question_clause_keeps_its_own_speaker(nlp, quote_extractor):
    text = 'When asked why, Minister Okafor replied in a text message: "The port deal is finished."'
    assert speaker_of(nlp, quote_extractor, text, "port deal is finished") == "Minister Okafor"


def test_second_verb_hung_on_the_first_verbs_quoted_word_keeps_the_first_verbs_subject(nlp, quote_extractor):
    text = (
        "The minister spoke for an hour. She called the raids \"shameful\" and called on leaders "
        '"not to feed that dark impulse inside of us."'
    )
    assert speaker_of(nlp, quote_extractor, text, "dark impulse") == "She"
