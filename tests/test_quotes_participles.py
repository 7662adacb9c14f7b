"""A participle cue ("..., explaining, "..."") the parser hangs inside a reported clause: it adds to
what the main clause's subject did, so that subject speaks; sentences written for these tests."""

from __future__ import annotations

from quote_helpers import speaker_of


def test_participle_hung_on_a_reported_clause_names_the_main_subject(nlp, quote_extractor):
    text = (
        'Okafor said the new tariff reminds him of the "long winter of 1998," explaining, '
        '"because nobody then believed the ports would ever reopen."'
    )
    assert speaker_of(nlp, quote_extractor, text, "nobody then believed") == "Okafor"


def test_participle_after_a_reported_clause_with_a_named_subject_names_the_main_subject(nlp, quote_extractor):
    text = (
        'Senator Alvarez said last week that the minister represents "old habits," stating during '
        'the debate that they are "closed, slow and fond of secrecy."'
    )
    assert speaker_of(nlp, quote_extractor, text, "fond of secrecy") == "Senator Alvarez"


def test_participle_of_a_parenthetical_reporting_verb_keeps_that_verbs_subject(nlp, quote_extractor):
    text = (
        'The envoy cannot claim that "from her position," Mensah added, saying it should be '
        '"up to the courts to decide."'
    )
    assert speaker_of(nlp, quote_extractor, text, "up to the courts") == "Mensah"


def test_participle_hung_on_its_main_clause_keeps_its_subject(nlp, quote_extractor):
    text = 'Protesters blocked the road to the ministry, chanting "no more tariffs" for an hour.'
    assert speaker_of(nlp, quote_extractor, text, "no more tariffs") == "Protesters"


def test_pronoun_cue_under_a_bare_participle_gives_the_main_clause_subject(nlp, quote_extractor):
    text = (
        '"Is the union running against its own members?" asked Paul Mensah, referring to the '
        'minister\'s campaign against what he calls the "rigged" quota system.'
    )
    assert speaker_of(nlp, quote_extractor, text, "rigged") == "Paul Mensah"
