"""Quotes with no cue beside them: the clause a comma or dash hands a quote to, the sentence that
leads into it, the carried speaker's latest mention. Sentences written for these tests."""

from __future__ import annotations

from quote_helpers import speaker_of

from communique.nlp import Analysis
from communique.types import Actor, Document, Mentions, Span

_HARBOR = (
    '"We will rebuild the harbor," said Mayor Elena Vargas. '
    "{again} has promised the same thing before. (The council approved a plan in 2019, and the money never came.)\n\n"
    '"This time the money is in the budget and the cranes are already ordered."'
)


def test_carried_quote_takes_the_surname_repeated_before_it(nlp, quote_extractor):
    text = _HARBOR.format(again="Vargas")
    assert (
        speaker_of(nlp, quote_extractor, text, "cranes are already ordered") == "Vargas"
    )


def test_carried_quote_takes_the_latest_resolved_mention_of_its_speaker(
    nlp, quote_extractor
):
    text = _HARBOR.format(again="The mayor")
    first, again = text.index("Elena Vargas"), text.index("The mayor")
    vargas = Actor(
        id="a1",
        name="Elena Vargas",
        kind="person",
        country=None,
        role="mayor",
        sector=None,
        mentions=(
            Span(first, first + 12, "Elena Vargas"),
            Span(again, again + 9, "The mayor"),
        ),
    )
    mentions = Mentions(actors=(vargas,), places=(), dates=())
    analysis = Analysis(Document(id="t", text=text, source="test"), nlp(text))
    (quote,) = [q for q in quote_extractor(analysis, mentions) if "cranes" in q.text]
    assert quote.speaker_span is not None and quote.speaker_span.start == again


def test_quote_after_a_reporting_sentence_takes_its_noun_subject(nlp, quote_extractor):
    text = (
        "The port reopened in March. Her longtime deputy at the agency described her as a patient negotiator. "
        '"She listened to every shipping company before she changed a single rule."'
    )
    assert (
        speaker_of(nlp, quote_extractor, text, "She listened") == "Her longtime deputy"
    )


def test_quote_after_a_noun_subject_of_a_non_reporting_verb_takes_no_speaker_from_it(
    nlp, quote_extractor
):
    text = (
        "The port reopened in March. The shipping companies lost money for a year. "
        '"Nobody could plan a season when the rules changed every week."'
    )
    assert (
        speaker_of(nlp, quote_extractor, text, "Nobody could plan")
        != "The shipping companies"
    )


def test_quote_after_a_sentence_closed_by_a_reporting_clause_takes_its_subject(
    nlp, quote_extractor
):
    text = (
        'Okafor, who ran the port authority for a decade, is a "careful builder" who finished two bridges early, '
        'the city council wrote. "It would be a mistake to let her leave before the harbor is done."'
    )
    assert (
        speaker_of(nlp, quote_extractor, text, "It would be a mistake")
        == "the city council"
    )


def test_quote_after_a_dash_takes_the_subject_of_the_clause_the_parser_hung_inside_it(
    nlp, quote_extractor
):
    text = 'When Okafor finally finished — "I will build it, and I will finish it!" — the crowd cheered.'
    assert speaker_of(nlp, quote_extractor, text, "I will build") == "Okafor"


def test_quote_after_a_dash_closing_a_clause_takes_its_subject(nlp, quote_extractor):
    text = (
        "The governor also defended the new tolls -- "
        '"I think the tolls are cheap compared to what the repairs would cost." -- at a rally.'
    )
    assert speaker_of(nlp, quote_extractor, text, "I think the tolls") == "The governor"
