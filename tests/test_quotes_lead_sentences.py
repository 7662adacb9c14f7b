"""Quote speakers from the sentence that leads into a quote with no cue of its own."""

from __future__ import annotations

from quote_helpers import speaker_of


def test_uncued_quote_takes_the_subject_of_the_sentence_before_it(nlp, quote_extractor):
    text = (
        '"We will not sign," Minister Okafor said on Monday.\n\n'
        'Ambassador Lena Varga defended the agreement. "It opens three new markets for our farmers."'
    )
    assert speaker_of(nlp, quote_extractor, text, "three new markets") == "Ambassador Lena Varga"


def test_uncued_quote_opening_a_paragraph_takes_the_subject_of_the_paragraph_before(nlp, quote_extractor):
    text = (
        '"We will not sign," Minister Okafor said on Monday.\n\n'
        "The talks resumed on Tuesday.\n\n"
        "Ambassador Lena Varga defended the agreement in full.\n\n"
        '"It opens three new markets for our farmers and nobody else offered that."'
    )
    assert speaker_of(nlp, quote_extractor, text, "three new markets") == "Ambassador Lena Varga"


def test_sentence_with_it_as_subject_leaves_the_previous_quotes_speaker(nlp, quote_extractor):
    text = (
        '"We will not sign," Minister Okafor said on Monday.\n\n'
        'It was a long night in Geneva. "Nobody here wants another round of sanctions."'
    )
    assert speaker_of(nlp, quote_extractor, text, "another round") == "Minister Okafor"


def test_clause_announcing_a_quote_with_a_colon_names_its_subject(nlp, quote_extractor):
    text = 'Ambassador Lena Varga delivered a blunt reply: "Nobody here is tearing up the treaty."'
    assert speaker_of(nlp, quote_extractor, text, "tearing up") == "Ambassador Lena Varga"


def test_colon_after_a_continued_reported_clause_does_not_name_its_subject(nlp, quote_extractor):
    text = (
        'Minister Okafor said the plan was a "serious mistake" and that the envoy had learned '
        'his lesson: "We will not repeat it."'
    )
    assert speaker_of(nlp, quote_extractor, text, "not repeat") == "Minister Okafor"


def test_dateline_before_a_name_is_not_the_speaker(nlp, quote_extractor):
    text = 'GENEVA -- President Amara Diallo, opening the summit on Monday, said the accord was "a promise kept to our people."'
    assert speaker_of(nlp, quote_extractor, text, "a promise kept") == "President Amara Diallo"
