"""The source side of an event: the country its doer belongs to.

Sentences are written for these tests; actors come from a fixture resolver (names ->
actors), so only the coder is measured.
"""

from __future__ import annotations

from spacy.language import Language

from communique.events import EventCoder
from communique.types import Event

from event_helpers import code_with_actors

ACTORS = {
    "Ruritania": "RUR",
    "Ruritanian": "RUR",
    "Vistulans": "VIS",
    "Vistulan": "VIS",
    "Moldova": "MDA",
    "Kenya": "KEN",
    "Kenyans": "KEN",
    "Iraq": "IRQ",
    "Americans": "USA",
}


def sources(nlp: Language, coder: EventCoder, text: str, plover: str) -> set[str]:
    events: tuple[Event, ...] = code_with_actors(nlp, coder, text, ACTORS)
    found = [e for e in events if e.plover.type == plover]
    assert found, events
    return {a.split(":", 1)[1] for e in found for a in e.source}


def test_passive_subject_of_engaged_in_is_the_doer(nlp: Language, coder: EventCoder) -> None:
    text = "Ruritanian forces were engaged in heavy fighting against Vistulan troops near the river."
    assert "Ruritanian" in sources(nlp, coder, text, "ASSAULT")


def test_demonym_group_of_a_state_belongs_to_that_state(nlp: Language, coder: EventCoder) -> None:
    text = "The Vistulans of northern Moldova are demanding autonomy from the government."
    assert {"Vistulans", "Moldova"} <= sources(nlp, coder, text, "REQUEST")


def test_ethnic_group_in_a_state_belongs_to_that_state(nlp: Language, coder: EventCoder) -> None:
    text = "Ethnic Kenyans in Moldova demanded new elections from the ruling party."
    assert {"Kenyans", "Moldova"} <= sources(nlp, coder, text, "REQUEST")


def test_nationals_in_a_foreign_state_stay_nationals(nlp: Language, coder: EventCoder) -> None:
    text = "Americans in Iraq demanded protection from the local police."
    assert sources(nlp, coder, text, "REQUEST") == {"Americans"}


def test_reporter_state_does_not_place_an_unplaced_doer(nlp: Language, coder: EventCoder) -> None:
    text = (
        "The government of President Tomas Brel declared a state of emergency in Ruritania on "
        "Monday, arresting opposition leaders, a spokeswoman for the Kenyan embassy said."
    )
    actors = {**ACTORS, "Tomas Brel": (None, "person"), "Kenyan": "KEN"}
    events = code_with_actors(nlp, coder, text, actors)
    found = {a for e in events if e.plover.type == "COERCE" for a in e.source}
    assert "person:Tomas Brel" in found and "state:Kenyan" not in found
