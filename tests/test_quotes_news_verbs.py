"""Cue rules: reporting verbs a news writer uses that the lexicon lacked. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from quote_helpers import quotes, speaker_of


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        ('"Build the bridge first and argue about the tolls later," Mayor Lind proposed.', "Build the bridge", "Mayor Lind"),
        ('"That is not the whole story," the senator interrupted.', "not the whole story", "the senator"),
        ('"Too early to tell," the economist surmised.', "Too early", "the economist"),
        ('"We were promised a park, not a parking lot," one resident groused.', "promised a park", "one resident"),
    ],
)
def test_a_proposing_interrupting_or_grumbling_verb_after_the_quote_is_its_cue(nlp, quote_extractor, text, quoted, speaker):
    assert speaker_of(nlp, quote_extractor, text, quoted) == speaker


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('The minister dismissed the audit as "a fairy tale written for the opposition benches."', "dismissed"),
        ('The senator portrayed the trade pact as "a slow surrender of our fishing grounds."', "portrayed"),
        ('The union cast the closure as "the end of a century of shipbuilding in this town."', "cast"),
        ('The review panel deemed the plan "unworkable," and the mayor agreed.', "deemed"),
    ],
)
def test_a_framing_verb_is_the_cue_of_the_words_it_frames(nlp, quote_extractor, text, cue):
    (quote,) = quotes(nlp, quote_extractor, text)
    assert quote.cue is not None and quote.cue.text == cue


def test_a_negated_verb_leading_into_a_quote_is_not_its_cue(nlp, quote_extractor):
    text = (
        '"We have had problems with the river before," Mayor Ortiz said after touring the site. '
        'She didn\'t promise dates. "Our goal is not to rush the engineers but to get it right."'
    )
    assert speaker_of(nlp, quote_extractor, text, "Our goal is not") == "Mayor Ortiz"


def test_a_negated_bare_sentence_after_a_quote_is_not_its_attribution(nlp, quote_extractor):
    text = 'Officials said in a statement: "The sale of the port is complete." The ministry did not elaborate.'
    assert speaker_of(nlp, quote_extractor, text, "sale of the port") == "Officials"


@pytest.mark.parametrize(
    "text",
    [
        'Senator Mara Quist (D-Ore.): "This bill hands the keys to the surveillance state."',
        'Rep. Dale Orwin (R-S.C.):"I have seen no evidence of that at all."',
    ],
)
def test_a_label_with_a_bracketed_aside_before_its_colon_names_the_speaker(nlp, quote_extractor, text):
    (quote,) = quotes(nlp, quote_extractor, text)
    assert quote.speaker_span is not None and quote.speaker_span.text.endswith(("Quist", "Orwin"))


def test_a_quote_inside_a_who_clause_is_not_cued_by_the_main_verb_after_it(nlp, quote_extractor):
    text = 'Ms. Varga, who has called the tax plan "a gift to landlords and nobody else," described the vote as a test.'
    assert speaker_of(nlp, quote_extractor, text, "a gift to landlords") == "who"


def test_a_passive_sentence_after_a_quote_is_not_its_attribution(nlp, quote_extractor):
    text = (
        "The mayor said the port will open in May and that the city would "
        '"spend whatever it takes to finish the job." The plan was first reported by a local radio station.'
    )
    assert speaker_of(nlp, quote_extractor, text, "spend whatever it takes") == "The mayor"
