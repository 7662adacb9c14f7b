"""Round-12 behaviours of the event coder: sub-codes picked by the complement's own CAMEO
code, adjectives and predicate adjectives on objects, statements that read like deeds
(concern, claims, accord, ceremonies), attempts and specific doers. Sentences are written
for these tests; actors come from a fixture resolver so that only the coder is measured.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.events import EventCoder
from communique.types import Event

from event_helpers import code_with_actors

ACTORS = {"Norway": "NOR", "Chile": "CHL", "Kenya": "KEN", "Peru": "PER"}


def top(events: tuple[Event, ...]) -> Event | None:
    return max(events, key=lambda e: e.confidence, default=None)


def code(nlp: Language, coder: EventCoder, text: str) -> Event | None:
    return top(code_with_actors(nlp, coder, text, ACTORS))


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Norway urged Chile to free the detained fishermen.", "0253"),
        ("Norway threatened to cut diplomatic ties with Peru.", "1313"),
        ("Kenya refused to release the Norway sailors.", "1243"),
        ("Peru promised to release the Chile prisoners.", "0353"),
    ],
)
def test_complement_picks_the_four_digit_sub_code_by_its_own_code(nlp, coder, text, cameo) -> None:
    event = code(nlp, coder, text)
    assert event is not None and event.cameo.code == cameo


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Norway used chemical weapons against Chile.", "2041"),
        ("Norway held Chile responsible for the attack.", "112"),
        ("A Kenya court found Peru liable for the spill.", "116"),
    ],
)
def test_adjectives_on_the_object_pick_the_code(nlp, coder, text, cameo) -> None:
    event = code(nlp, coder, text)
    assert event is not None and event.cameo.code == cameo


@pytest.mark.parametrize(
    "text",
    [
        "Norway expressed concern about the fighting in Chile.",
        "Norway claimed that it had attacked rebel camps in Chile.",
        "Norway agreed with Chile that the report was flawed.",
        "The Norway prime minister attended a ceremony in Chile.",
    ],
)
def test_statements_that_read_like_deeds_give_no_event(nlp, coder, text) -> None:
    assert code(nlp, coder, text) is None


def test_agreeing_with_someone_to_act_is_an_agreement(nlp, coder) -> None:
    event = code(nlp, coder, "Norway agreed with Chile to expand trade.")
    assert event is not None and event.cameo.code.startswith("03")


def test_an_attempted_assassination_is_185(nlp, coder) -> None:
    event = code(nlp, coder, "Gunmen in Peru tried to assassinate the president.")
    assert event is not None and event.cameo.code == "185"


def test_a_specific_doer_specifies_unspecified_force(nlp, coder) -> None:
    event = code(nlp, coder, "A suicide bomber killed 12 people in Kenya.")
    assert event is not None and event.cameo.code == "1831"


def test_protesters_and_attackers_are_agents(nlp, coder) -> None:
    event = code(nlp, coder, "Attackers stormed a police station.")
    assert event is not None and event.plover.type == "ASSAULT"


def test_a_participle_on_an_issued_text_is_the_main_event(nlp, coder) -> None:
    events = code_with_actors(
        nlp, coder, "Norway issued a statement urging Chile to comply with the ruling.", ACTORS
    )
    event = top(events)
    assert event is not None and event.cameo.code.startswith("02")


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Norway withdrew its peacekeepers from Chile.", "1661"),
        ("Norway is deploying 300 troops to the UN peacekeeping mission in Chile.", "074"),
        ("Norway removed the sanctions on Chile.", "085"),
    ],
)
def test_what_is_withdrawn_deployed_or_removed_picks_the_code(nlp, coder, text, cameo) -> None:
    event = code(nlp, coder, text)
    assert event is not None and event.cameo.code == cameo
