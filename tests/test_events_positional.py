"""Actors by position: a trigger the parse gave no doer takes the sentence's actors.

Sentences are written for these tests; actors come from a fixture resolver (names ->
actors), so only the coder is measured.
"""

from __future__ import annotations


from spacy.language import Language

from communique.events import EventCoder

from event_helpers import code_with_actors
from communique.types import Event

ACTORS = {
    "Chilean": ("CHL", "state"),
    "Peruvian": ("PER", "state"),
    "Kenya": ("KEN", "state"),
    "Ghana": ("GHA", "state"),
    "Norway": ("NOR", "state"),
}


def code(nlp: Language, coder: EventCoder, text: str) -> tuple[Event, ...]:
    return code_with_actors(nlp, coder, text, ACTORS)


def test_force_whose_subject_the_parse_lost_takes_the_actor_before_it(nlp, coder) -> None:
    text = "In a sharp escalation, Chilean troops yesterday along the line of control fired at Peruvian posts."
    events = [e for e in code(nlp, coder, text) if e.plover.type == "ASSAULT"]
    assert events and events[0].source == ("state:Chilean",)
    assert events[0].target == ("state:Peruvian",)


def test_actor_inside_another_clause_is_not_the_doer(nlp, coder) -> None:
    text = "In a move welcomed by Norway, the club freed 40 Kenya prisoners on Sunday."
    for event in code(nlp, coder, text):
        assert "state:Norway" not in event.source


def test_object_of_another_verb_is_not_the_doer(nlp, coder) -> None:
    text = "The club closed its office with Ghana and severed ties with Kenya."
    for event in code(nlp, coder, text):
        assert "state:Ghana" not in event.source


def test_victim_before_a_passive_participle_is_not_the_attacker(nlp, coder) -> None:
    text = "The minister paid respects to a Chilean soldier killed in Kenya a decade ago."
    assert not [e for e in code(nlp, coder, text) if e.source == ("state:Chilean",)]


def test_actors_by_position_rank_below_actors_from_the_parse(nlp, coder) -> None:
    text = "In a sharp escalation, Chilean troops yesterday along the line of control fired at Peruvian posts."
    event = next(e for e in code(nlp, coder, text) if e.plover.type == "ASSAULT")
    parsed = next(e for e in code(nlp, coder, "Chilean troops fired at Peruvian posts.") if e.plover.type == "ASSAULT")
    assert event.confidence < parsed.confidence
