"""Who acted, when the doer is not the plain subject of the trigger.

Sentences are written for these tests; actors come from a fixture resolver (names ->
actors), so only the coder is measured.
"""

from __future__ import annotations

from spacy.language import Language

from communique.events import EventCoder
from communique.types import Event

from event_helpers import code_with_actors

ACTORS: dict[str, str | tuple[str, str]] = {
    "Ruritania": "RUR",
    "Ruritanian": "RUR",
    "Vistulan": "VIS",
    "Vistula": "VIS",
    "Freedom Watch": ("", "organization"),
    "Brenner": ("RUR", "person"),
}


def of_type(nlp: Language, coder: EventCoder, text: str, plover: str) -> list[Event]:
    events = code_with_actors(nlp, coder, text, ACTORS)
    found = [e for e in events if e.plover.type == plover]
    assert found, events
    return found


def names(ids: tuple[str, ...]) -> set[str]:
    return {a.split(":", 1)[1] for a in ids}


def test_passive_agent_that_is_a_body_makes_the_attack_an_event(
    nlp: Language, coder: EventCoder
) -> None:
    found = of_type(nlp, coder, "The convoy was attacked by gunmen near the border.", "ASSAULT")
    # The gunmen act, but nothing names them: no actor is invented for them.
    assert all(not e.source for e in found)


def test_passive_agent_is_the_source(nlp: Language, coder: EventCoder) -> None:
    found = of_type(nlp, coder, "Two Vistulan soldiers were shot by Ruritanian troops.", "ASSAULT")
    assert "Ruritanian" in names(found[0].source)
    assert "Vistulan" in names(found[0].target)


def test_statement_calling_on_someone_is_the_issuers_appeal(
    nlp: Language, coder: EventCoder
) -> None:
    text = "Freedom Watch issued a statement calling on Vistula to release the journalists."
    found = of_type(nlp, coder, text, "REQUEST")
    assert any("Freedom Watch" in names(e.source) for e in found)
    assert any("Vistula" in names(e.target) for e in found)


def test_letter_threatening_someone_is_its_senders_threat(
    nlp: Language, coder: EventCoder
) -> None:
    text = "Ruritania sent a letter to Vistula threatening to impose sanctions on its banks."
    found = of_type(nlp, coder, text, "THREATEN")
    assert all(names(e.source) == {"Ruritania"} for e in found)


def test_participle_on_a_body_keeps_that_body_as_doer(nlp: Language, coder: EventCoder) -> None:
    # "troops" act for themselves: the one who saw them is no source of the firing.
    text = "Brenner saw Vistulan troops firing at Ruritanian soldiers."
    found = of_type(nlp, coder, text, "ASSAULT")
    assert all("Brenner" not in names(e.source) for e in found)


def test_weapon_subject_acts_for_whoever_fired_it(nlp: Language, coder: EventCoder) -> None:
    text = "The missiles fired by the Ruritanian army struck an arms depot of the Vistulan army."
    found = of_type(nlp, coder, text, "ASSAULT")
    assert "Ruritanian" in names(found[0].source)


def test_bombing_subject_acts_for_its_by_phrase(nlp: Language, coder: EventCoder) -> None:
    text = "A car bombing by Ruritanian militants killed 12 Vistulan soldiers."
    found = of_type(nlp, coder, text, "ASSAULT")
    assert "Ruritanian" in names(found[0].source)


def test_counted_group_is_placed_by_where_it_is(nlp: Language, coder: EventCoder) -> None:
    text = "Thousands of dock workers in Vistula attacked the offices of the port company."
    found = of_type(nlp, coder, text, "ASSAULT")
    assert "Vistula" in names(found[0].source)
