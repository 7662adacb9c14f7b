"""The event coder on sentences written for the purpose, one construction at a time.

Actors come from a small fixture resolver (names -> actors), so these tests measure the
coder alone, not the actor stage.
"""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from communique.events import EventCoder
from event_helpers import only
from communique.nlp import Analysis
from communique.types import Actor, Document, Engagement, EngagementDate, Event, Mentions, Outcome, Participant, Span

ACTORS = {
    "Norway": ("NOR", "state"),
    "Chile": ("CHL", "state"),
    "Kenya": ("KEN", "state"),
    "Peru": ("PER", "state"),
    "Vietnamese": ("VNM", "state"),
    "Ghana": ("GHA", "state"),
    "Minister Ana Lopez": ("CHL", "person"),
}


def analyse(nlp: Language, text: str) -> tuple[Analysis, Mentions]:
    actors = []
    for name, (country, kind) in ACTORS.items():
        spans = tuple(Span(m.start(), m.end(), name) for m in re.finditer(re.escape(name), text))
        if spans:
            actors.append(Actor(f"{kind}:{name}", name, kind, country, None, None, spans))  # type: ignore[arg-type]
    document = Document("t", text, "test", published="2024-05-01")
    return Analysis(document, nlp(text)), Mentions(tuple(actors), (), ())


def code(nlp: Language, coder: EventCoder, text: str) -> tuple[Event, ...]:
    analysis, mentions = analyse(nlp, text)
    return coder(analysis, mentions)


def test_active_subject_is_source_and_object_is_target(nlp, coder) -> None:
    event = only(code(nlp, coder, "Norway accused Chile of spying on its fishing fleet."), "ACCUSE")
    assert event.source == ("state:Norway",)
    assert event.target == ("state:Chile",)
    assert event.trigger.text == "accused"
    assert event.cameo.code.startswith("112")


def test_passive_agent_is_source(nlp, coder) -> None:
    event = only(code(nlp, coder, "Chile was attacked by Norway on Sunday."), "ASSAULT")
    assert event.source == ("state:Norway",)
    assert event.target == ("state:Chile",)


def test_coordinated_subjects_make_one_event(nlp, coder) -> None:
    events = code(nlp, coder, "Norway, Chile and Kenya met in Geneva on Monday.")
    event = only(events, "CONSULT")
    assert set(event.source) | set(event.target) == {"state:Norway", "state:Chile", "state:Kenya"}


def test_light_verb_held_talks_is_a_meeting(nlp, coder) -> None:
    event = only(code(nlp, coder, "Norway held talks with Kenya about fisheries."), "CONSULT")
    assert event.plover.mode == "meet"
    assert event.target == ("state:Kenya",)
    assert event.cameo.code == "040"


def test_light_verb_noun_is_not_coded_twice(nlp, coder) -> None:
    events = code(nlp, coder, "Norway imposed sanctions on Peru.")
    assert [e.plover.type for e in events] == ["SANCTION"]
    assert events[0].target == ("state:Peru",)


def test_demonym_modifier_is_the_actor(nlp, coder) -> None:
    event = only(code(nlp, coder, "Vietnamese troops shelled the border post."), "ASSAULT")
    assert event.source == ("state:Vietnamese",)


def test_negation_marks_the_event_negated(nlp, coder) -> None:
    event = only(code(nlp, coder, "Norway did not accuse Chile of overfishing."), "ACCUSE")
    assert event.modality == "negated"


def test_negated_agreement_is_a_stated_refusal(nlp, coder) -> None:
    event = only(code(nlp, coder, "Norway did not agree to a new fishing quota with Chile."), "REJECT")
    assert event.modality == "asserted"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # Blame is neither cooperation nor force, so no intent or threat replaces the modality.
        ("Norway will accuse Kenya of overfishing next week.", "future"),
        ("Norway might accuse Kenya of overfishing.", "hypothetical"),
        ("Norway plans to accuse Kenya of overfishing.", "future"),
        ("Norway visited Ghana in June.", "asserted"),
    ],
)
def test_modals_set_modality(nlp, coder, text: str, modality: str) -> None:
    events = code(nlp, coder, text)
    assert len(events) == 1, events
    assert events[0].modality == modality


def test_signing_announced_is_an_intent_and_signing_done_is_support(nlp, coder) -> None:
    # PLOVER puts a signed agreement (057) under SUPPORT; "will sign" announces it (AGREE).
    done = only(code(nlp, coder, "Norway signed a fishing agreement with Kenya."), "SUPPORT")
    assert done.cameo.code == "057"
    only(code(nlp, coder, "Norway will sign a fishing agreement with Kenya next week."), "AGREE")


def test_complement_refines_the_governing_code(nlp, coder) -> None:
    event = only(code(nlp, coder, "Norway threatened to impose sanctions on Peru."), "THREATEN")
    assert event.cameo.code == "1312"
    assert event.target == ("state:Peru",)


def test_object_control_request_targets_the_object(nlp, coder) -> None:
    event = only(code(nlp, coder, "Kenya urged Ghana to release the detained sailors."), "REQUEST")
    assert event.source == ("state:Kenya",)
    assert event.target == ("state:Ghana",)


def test_person_actor_is_source(nlp, coder) -> None:
    event = only(code(nlp, coder, "Minister Ana Lopez praised Kenya for its mediation."), "SUPPORT")
    assert event.source == ("person:Minister Ana Lopez",)


def test_event_carries_cameo_beside_plover(nlp, coder) -> None:
    event = only(code(nlp, coder, "Norway visited Ghana in June."), "CONSULT")
    assert (event.plover.mode, event.cameo.code, event.cameo.quad_class) == ("visit", "042", 1)
    assert event.cameo.goldstein == 1.9
    assert event.coder == "plover.rules.v1"
    assert event.date == "2024-05-01"  # no date in the sentence: the document's


@pytest.mark.parametrize(
    "text",
    [
        "The weather in Norway was mild for most of the spring.",
        "Kenya is a country in East Africa with a long coastline.",
        "Chile exports copper, fruit and wine.",
        "Norway's economy grew by two percent last year.",
    ],
)
def test_sentences_without_interaction_give_no_event(nlp, coder, text: str) -> None:
    assert code(nlp, coder, text) == ()


def test_meeting_needs_two_parties(nlp, coder) -> None:
    assert code(nlp, coder, "The cabinet of Norway met on Sunday.") == ()


def test_held_engagement_becomes_consult(nlp, coder) -> None:
    text = "The ministers of Kenya and Ghana conferred in a closed room."
    analysis, mentions = analyse(nlp, text)
    engagement = Engagement(
        id="g1", kind="meeting", name=None, mechanism=None, edition=None,
        date=EngagementDate("2024-04-30", "day", None, None), place=None,
        countries=("KEN", "GHA"), host=None,
        participants=(Participant("state:Kenya", None, "KEN"), Participant("state:Ghana", None, "GHA")),
        status="held", evidence=(Span(0, len(text), text),), confidence=0.8,
    )  # fmt: skip
    events = coder(analysis, mentions, (engagement,), ())
    event = only(events, "CONSULT")
    assert set(event.source) | set(event.target) == {"state:Kenya", "state:Ghana"}


def test_request_outcome_becomes_request(nlp, coder) -> None:
    text = "On trade, Kenya sought fewer barriers from Ghana's customs service."
    analysis, mentions = analyse(nlp, text)
    outcome = Outcome(
        id="o1", type="request", text=text, parties=("state:Kenya",), addressees=("state:Ghana",),
        topics=(), status="requested", modality="asserted", engagement=None,
        evidence=(Span(0, len(text), text),), confidence=0.7,
    )  # fmt: skip
    event = only(coder(analysis, mentions, (), (outcome,)), "REQUEST")
    assert event.source == ("state:Kenya",)
    assert event.target == ("state:Ghana",)


@pytest.mark.parametrize(
    ("text", "plover", "cameo"),
    [
        ("Norway will meet Kenya in Nairobi next week.", "AGREE", "036"),
        ("Norway plans to visit Ghana in June.", "AGREE", "036"),
        ("Norway is ready to send aid to Ghana.", "AGREE", "033"),
        ("Norway could impose sanctions on Peru.", "THREATEN", "1312"),
        ("Norway said it would not lift the ban on Peruvian fish.", "REJECT", "1241"),
    ],
)
def test_announced_deeds_are_intents_threats_or_refusals(
    nlp, coder, text: str, plover: str, cameo: str
) -> None:
    event = only(code(nlp, coder, text), plover)
    assert event.cameo.code == cameo
    assert event.modality == "asserted"
    assert event.source == ("state:Norway",)


def test_reported_must_is_a_demand_on_the_obliged(nlp, coder) -> None:
    event = only(code(nlp, coder, "Norway said that Peru must withdraw its troops from Chile."), "REQUEST")
    assert event.cameo.code == "1056"  # a demand to de-escalate, by the deed's own code
    assert event.source == ("state:Norway",)
    assert event.target == ("state:Peru",)
    assert all(e.plover.type != "RETREAT" for e in code(nlp, coder, "Norway said Peru must withdraw."))


def test_we_must_binds_the_speaker_and_asks_nobody(nlp, coder) -> None:
    events = code(nlp, coder, "Norway said that we must cooperate with Peru.")
    assert all(e.plover.type != "REQUEST" for e in events)


def test_the_us_obliged_is_a_country_not_the_pronoun(nlp, coder) -> None:
    text = "Norway said that the US must be ready to mediate between Peru and Chile."
    analysis, mentions = analyse(nlp, text)
    start = text.index("US")
    us = Actor("state:US", "United States", "state", "USA", None, None, (Span(start, start + 2, "US"),))
    events = coder(analysis, Mentions((*mentions.actors, us), (), ()))
    assert only(events, "REQUEST").target == ("state:US",)


def test_main_clause_event_outranks_the_one_it_governs(nlp, coder) -> None:
    events = code(nlp, coder, "Norway accused Peru of attacking Chile.")
    assert max(events, key=lambda e: e.confidence).plover.type == "ACCUSE"


def test_declining_to_comment_is_no_event(nlp, coder) -> None:
    assert code(nlp, coder, "Norway declined to comment on the talks with Peru.") == ()


def _with_judge(nlp: Language, text: str) -> tuple[Analysis, Mentions]:
    analysis, mentions = analyse(nlp, text)
    start = text.index("Ana Ruiz")
    judge = Actor("person:Ruiz", "Ana Ruiz", "person", None, None, None, (Span(start, start + 8, "Ana Ruiz"),))
    return analysis, Mentions((*mentions.actors, judge), (), ())


def test_unplaced_person_takes_the_one_untargeted_state_of_the_sentence(nlp, coder) -> None:
    event = only(coder(*_with_judge(nlp, "In Peru, Judge Ana Ruiz condemned Kenya.")), "ACCUSE")
    assert event.source == ("person:Ruiz", "state:Peru")
    assert event.target == ("state:Kenya",)


def test_unplaced_person_stays_unplaced_between_two_states(nlp, coder) -> None:
    text = "In Peru and Chile, Judge Ana Ruiz condemned Kenya."
    event = only(coder(*_with_judge(nlp, text)), "ACCUSE")
    assert event.source == ("person:Ruiz",)


def test_a_meeting_of_both_sides_takes_neither_sides_ministers_as_its_target(pipeline):
    from communique.ingest import document_from_text

    text = (
        "Norway and Chile held their annual strategic dialogue in Oslo on Monday (March 3, 2025). "
        "The two sides discussed trade and renewable energy.\n\nForeign Minister Ana Lopez "
        "represented Chile at the meeting; Foreign Minister Per Olsen participated from the "
        "Norwegian side."
    )
    record = pipeline.extract(document_from_text(text, source="test", published="2025-03-04"))
    country = {a.id: a.country for a in record.actors}
    both = [e for e in record.events if {country[a] for a in e.source} == {"NOR", "CHL"}]
    assert both, "no event with both sides as its source"
    for event in both:
        assert not {country[a] for a in event.target} & {"NOR", "CHL"}
