"""Speaker rules: the owner of a noun that frames a quote, reached through a clause the
parser reads as relative, or through a copula. Sentences written for these tests."""

from __future__ import annotations

from quote_helpers import speaker_of


def test_possessed_warning_with_that_clause_parsed_as_relative_takes_the_owner(nlp, quote_extractor):
    text = (
        "But he leaves behind a furious backlash against the statements made during his British trip, "
        'particularly his warning that Britain would have to go to the "back of the queue" if it wanted a deal.'
    )
    assert speaker_of(nlp, quote_extractor, text, "back of the queue") == "his"


def test_possessed_subject_of_a_copula_speaks_the_clause_after_it(nlp, quote_extractor):
    text = 'Perhaps Mr. Comey\'s most surprising suggestion was that the deal had been "a historic mistake for the country."'
    assert speaker_of(nlp, quote_extractor, text, "a historic mistake") == "Comey"


def test_relative_clause_with_a_relative_pronoun_is_not_a_frame(nlp, quote_extractor):
    # "that" is the subject of "called": a real relative clause, its possessor is no speaker.
    text = 'Senator Hale praised his aide\'s plan that called the tariff "a tax on every family in the state."'
    assert speaker_of(nlp, quote_extractor, text, "a tax on every family") != "aide"
