"""Quote cues standing after the quote: bare 'X said.' sentences, trailing reporting verbs,
manner-of-speaking verbs and inverted names, on sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_helpers import speaker_of


def test_bare_attribution_sentence_after_a_full_stop_names_the_speaker(nlp, quote_extractor):
    text = "The talks ended late.\n\n“We will sign the accord next week.” Okafor said.\n\nThe markets rose."
    assert speaker_of(nlp, quote_extractor, text, "sign the accord") == "Okafor"


def test_new_sentence_with_its_own_object_after_a_full_stop_is_not_an_attribution(nlp, quote_extractor):
    text = "“Patience opens every locked gate.” Protesters mocked the slogan outside the ministry."
    assert speaker_of(nlp, quote_extractor, text, "Patience opens") != "Protesters"


@pytest.mark.parametrize("verb", ["fumed", "scoffed", "barked", "mused"])
def test_manner_of_speaking_verbs_cue_a_quote(nlp, quote_extractor, verb):
    text = f"“Nobody in the capital asked us about the border,” Senator Alvarez {verb} on Tuesday."
    assert speaker_of(nlp, quote_extractor, text, "Nobody in the capital") == "Senator Alvarez"


def test_inverted_name_after_said_speaks_despite_a_trailing_participle(nlp, quote_extractor):
    text = "“I am better with my hands than with my brain,” said Tomas Berger, half joking."
    assert speaker_of(nlp, quote_extractor, text, "better with my hands") == "Tomas Berger"


def test_reporting_verb_closing_the_sentence_cues_an_earlier_partial_quote(nlp, quote_extractor):
    text = (
        "The trade pact looks “all but dead for this year” unless both governments move before the summit, "
        "said Maria Lopez, a lawyer in Geneva."
    )
    assert speaker_of(nlp, quote_extractor, text, "all but dead") == "Maria Lopez"


def test_pronoun_cue_inside_a_named_speakers_clause_gives_the_outer_name(nlp, quote_extractor):
    text = "Senator Ndlovu has campaigned for years against what he calls the “grain cartel of the coast.”"
    assert speaker_of(nlp, quote_extractor, text, "grain cartel") == "Senator Ndlovu"


def test_pronoun_in_a_clause_of_its_own_keeps_the_local_mention(nlp, quote_extractor):
    # PolNeAR marks the pronoun of a relative clause; the resolver links it to Mensah.
    text = "Mensah attacked the new tariff, which she called “a tax on every family in the north.”"
    assert speaker_of(nlp, quote_extractor, text, "a tax on every family") == "she"


def test_pronoun_in_the_content_of_a_named_speakers_clause_gives_the_outer_name(nlp, quote_extractor):
    text = "Kasich says he would sit the envoy down and tell him “enough of the games.”"
    assert speaker_of(nlp, quote_extractor, text, "enough of the games") == "Kasich"
