"""Recall: constructions where a rule used to find a trigger but no actor, or no event at all.

Sentences are written for these tests; actors come from a fixture resolver (names ->
actors), so only the coder is measured.
"""

from __future__ import annotations


from spacy.language import Language

from communique.events import EventCoder

from event_helpers import code_with_actors, only
from communique.types import Event

ACTORS = {
    "Norway": ("NOR", "state"),
    "Chile": ("CHL", "state"),
    "Kenya": ("KEN", "state"),
    "Peru": ("PER", "state"),
    "Vietnamese": ("VNM", "state"),
    "Ghana": ("GHA", "state"),
    "Minister Ana Lopez": ("CHL", "person"),
}


def code(nlp: Language, coder: EventCoder, text: str) -> tuple[Event, ...]:
    return code_with_actors(nlp, coder, text, ACTORS)


def test_gerund_after_by_takes_the_subject_of_the_governing_verb(nlp, coder) -> None:
    text = "Norway continued its relief work in the region by donating tents to Kenya."
    event = only(code(nlp, coder, text), "AID")
    assert event.source == ("state:Norway",)


def test_let_free_is_a_release_by_the_subject(nlp, coder) -> None:
    event = only(code(nlp, coder, "Peru let free some 74 political leaders."), "RETREAT")
    assert event.source == ("state:Peru",)


def test_dative_to_is_the_target_of_giving(nlp, coder) -> None:
    text = "Norway gave to Ghana some of its military equipment."
    event = only(code(nlp, coder, text), "AID")
    assert event.target == ("state:Ghana",)


def test_a_deed_under_without_is_not_coded(nlp, coder) -> None:
    text = "Norway gave to Ghana some of its military equipment without demanding payment."
    events = code(nlp, coder, text)
    assert [e.plover.type for e in events] == ["AID"]


def test_one_named_party_meeting_an_unresolved_counterpart_is_a_consultation(nlp, coder) -> None:
    event = only(code(nlp, coder, "Minister Ana Lopez met with trade officials in Lima."), "CONSULT")
    assert event.source == ("person:Minister Ana Lopez",)


def test_a_body_meeting_alone_is_still_no_consultation(nlp, coder) -> None:
    events = code(nlp, coder, "Norway's cabinet met on Sunday.")
    assert not [e for e in events if e.plover.type == "CONSULT"]


def test_fighting_between_two_states_on_the_verb_gives_both_sides(nlp, coder) -> None:
    event = only(code(nlp, coder, "Fighting broke out between Peru and Chile."), "ASSAULT")
    assert set(event.source) == {"state:Peru", "state:Chile"}


def test_force_lands_on_the_state_of_its_in_phrase(nlp, coder) -> None:
    event = only(code(nlp, coder, "Vietnamese jets bombed targets in Kenya overnight."), "ASSAULT")
    assert event.source == ("state:Vietnamese",)
    assert event.target == ("state:Kenya",)


def test_of_after_a_fronted_agent_is_the_one_acted_on(nlp, coder) -> None:
    event = only(code(nlp, coder, "Peru's bombing of Chile went on for days."), "ASSAULT")
    assert event.source == ("state:Peru",)
    assert event.target == ("state:Chile",)


def test_of_without_a_fronted_agent_is_the_agent(nlp, coder) -> None:
    event = only(code(nlp, coder, "The withdrawal of Vietnamese troops from Kenya began."), "RETREAT")
    assert event.source == ("state:Vietnamese",)
    assert event.target == ("state:Kenya",)


def test_unnamed_group_is_placed_by_its_in_phrase(nlp, coder) -> None:
    event = only(code(nlp, coder, "Rebels in Ghana attacked a convoy."), "ASSAULT")
    assert event.source == ("state:Ghana",)


def test_event_noun_as_subject_brings_its_sides_to_the_verb(nlp, coder) -> None:
    events = code(nlp, coder, "Clashes between Peru and Chile killed 12 soldiers.")
    top_event = max(events, key=lambda e: e.confidence)
    assert top_event.plover.type == "ASSAULT"
    assert set(top_event.source) == {"state:Peru", "state:Chile"}


def test_death_from_torture_in_custody_is_an_assault_by_the_custodian(nlp, coder) -> None:
    events = code(nlp, coder, "A Vietnamese prisoner died after torture while in Ghana police custody.")
    assault = next(e for e in events if e.plover.type == "ASSAULT")
    assert assault.source == ("state:Ghana",)
    assert assault.target == ("state:Vietnamese",)
