"""Quote speakers: which local mention a quote is attributed to, on sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_helpers import speaker_of

from communique.errors import ResourceError
from communique.mentions.quote_lexicon import QuoteWords


def test_speaker_after_the_quote_is_not_a_subject_inside_it(nlp, quote_extractor):
    text = "“My answer, that was a mistake,” the former trade envoy said in an interview on Monday."
    assert speaker_of(nlp, quote_extractor, text, "My answer") == "the former trade envoy"


def test_words_finishing_a_leading_quote_do_not_hide_its_cue(nlp, quote_extractor):
    text = "''I have respect for the drafting'' of the treaty, Mr. Okafor said. ''The rest is weak.''"
    assert speaker_of(nlp, quote_extractor, text, "I have respect") == "Mr. Okafor"


def test_name_right_after_the_mark_speaks_even_when_the_cue_comes_late(nlp, quote_extractor):
    text = "“Yes, we back the accord,” Maria Okonkwo Diallo, director of the Lagos Policy Forum, tells a radio station."
    assert speaker_of(nlp, quote_extractor, text, "we back the accord") == "Maria Okonkwo Diallo"


def test_verb_of_a_new_sentence_after_the_quote_is_not_its_cue(nlp, quote_extractor):
    text = (
        "The minister quoted the old proverb “patience opens every locked gate in the end.” "
        "Protesters mocked the phrase outside the building."
    )
    assert speaker_of(nlp, quote_extractor, text, "patience opens") != "Protesters"


def test_cue_after_a_conjunction_belongs_to_another_clause(nlp, quote_extractor):
    text = (
        "Ambassador Lind argued that the envoy was “learning on the job as he went along,” "
        "while his aides wrote a series of angry letters."
    )
    assert speaker_of(nlp, quote_extractor, text, "learning on the job") == "Ambassador Lind"


def test_mid_sentence_quote_takes_the_subject_of_the_verb_it_hangs_from(nlp, quote_extractor):
    text = "In July, Senator Holm dismissed the plan as “a gift to our rivals and nothing more.”"
    assert speaker_of(nlp, quote_extractor, text, "a gift to our rivals") == "Senator Holm"


def test_report_subject_frames_a_partial_quote(nlp, quote_extractor):
    text = "An audit released last year found that the funds came from “accounts nobody could trace at all.”"
    assert speaker_of(nlp, quote_extractor, text, "accounts nobody could trace") == "An audit"


def test_passive_participle_names_what_was_said_not_who_said_it(nlp, quote_extractor):
    text = "The treaty, known as the “Northern Waters Accord of the Baltic States,” was signed in May."
    assert speaker_of(nlp, quote_extractor, text, "Northern Waters Accord") is None


def test_relative_pronoun_is_the_local_speaker(nlp, quote_extractor):
    text = "The talks drew Kofi Mensah, who joked of the venue, “I haven't seen the menu yet, but I'm going to.”"
    assert speaker_of(nlp, quote_extractor, text, "I haven't seen the menu") == "who"


def test_date_is_never_the_speaker(nlp, quote_extractor):
    text = "President Tamm, opening the new embassy on Saturday, said it would tell “a story of hope and of hard work.”"
    assert speaker_of(nlp, quote_extractor, text, "a story of hope") == "President Tamm"


def test_cue_less_quote_paragraph_takes_the_speaker_of_the_paragraph_before(nlp, quote_extractor):
    text = (
        "Minister Ruiz said the region would not be abandoned by its partners.\n\n"
        "“That is because this region is home to half the world's trade and our future is tied to it.”"
    )
    assert speaker_of(nlp, quote_extractor, text, "That is because") == "Minister Ruiz"


def test_quote_words_load_gender_pronouns_and_non_speaker_labels():
    words = QuoteWords.load()
    assert words.gender["spokeswoman"] == "f" and words.gender["mr."] == "m"
    assert words.pronoun_gender["she"] == "f"
    assert "UPDATE" in words.not_speakers and "he" not in words.gender


def test_quote_words_reject_a_gender_word_without_m_or_f():
    with pytest.raises(ResourceError, match="quote_words.tsv:2"):
        QuoteWords.parse("word\tkind\tvalue\nsenator\tgender\tx\n")


def test_as_someone_put_it_attributes_the_quote(nlp, quote_extractor):
    text = "As Dr. Vella, a trade lawyer in Geneva, recently put it, “Who pays the tariff in the end, and who decides?”"
    assert speaker_of(nlp, quote_extractor, text, "Who pays the tariff") == "Dr. Vella"


def test_pronoun_object_after_the_cue_is_not_the_speaker(nlp, quote_extractor):
    text = "After the vote, the campaign released a new radio ad calling it “a betrayal of every farmer in the state.”"
    assert speaker_of(nlp, quote_extractor, text, "a betrayal of every farmer") != "it"
