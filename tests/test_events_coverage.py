"""Round-3 behaviours of the event coder: coverage by construction (synonyms, phrasal verbs,
noun forms, object classes), unnamed subjects (pronouns, agentive nouns) and the ranking of
background clauses. Sentences are written for these tests; actors come from a fixture
resolver so that only the coder is measured.
"""

from __future__ import annotations


import pytest
from spacy.language import Language

from communique.events import EventCoder

from event_helpers import code_with_actors
from communique.events.lexicon import Lexicon
from communique.nlp import load_nlp
from communique.types import Event

ACTORS = {"Norway": "NOR", "Chile": "CHL", "Kenya": "KEN", "Peru": "PER", "Ghana": "GHA"}


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder()


def code(nlp: Language, coder: EventCoder, text: str) -> tuple[Event, ...]:
    return code_with_actors(nlp, coder, text, ACTORS)


def top(events: tuple[Event, ...]) -> Event:
    assert events
    return max(events, key=lambda e: e.confidence)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Norway castigated Chile over its whaling policy.", "11"),
        ("Norway turned down Chile's offer of a fishing pact.", "12"),
        ("Chile apprehended two Norway nationals at the port.", "17"),
        ("Norway strafed Chile's coastal positions.", "19"),
        ("Norway normalized relations with Kenya in March.", "05"),
        ("Norway broke off relations with Peru.", "16"),
    ],
)
def test_synonyms_of_each_root_are_coded(nlp, coder, text: str, root: str) -> None:
    assert top(code(nlp, coder, text)).cameo.code.startswith(root)


@pytest.mark.parametrize(
    ("text", "code_"),
    [
        ("Norway gave 40 howitzers to Kenya.", "072"),
        ("Norway supplied tents and blankets to Kenya.", "073"),
        ("Norway handed 3 million euros to Kenya.", "071"),
    ],
)
def test_verb_of_giving_takes_the_class_of_its_object(nlp, coder, text: str, code_: str) -> None:
    assert top(code(nlp, coder, text)).cameo.code == code_


def test_object_class_entry_is_less_specific_than_a_named_object() -> None:
    lexicon = Lexicon.load()
    assert lexicon.lookup("provide", "V", {"food"}).with_ == "food"  # type: ignore[union-attr]
    assert lexicon.lookup("give", "V", {"rifle"}).cameo == "072"  # type: ignore[union-attr]
    assert lexicon.lookup("give", "V", {"speech"}) is None


def test_joint_exercise_noun_under_a_plain_verb_is_cooperation(nlp, coder) -> None:
    event = top(code(nlp, coder, "Norway and Kenya began a joint naval exercise on Monday."))
    assert event.cameo.code == "062"


def test_pronoun_subject_takes_the_previous_subject_actor(nlp, coder) -> None:
    text = "Norway has reviewed its fleet. It will not release the Chilean trawlers."
    events = code(nlp, coder, text)
    assert top(events).source == ("state:Norway",)


def test_agentive_noun_is_placed_by_the_one_state_of_its_sentence(nlp, coder) -> None:
    event = top(code(nlp, coder, "Security forces shelled rebel villages in Peru on Monday."))
    assert event.plover.type == "ASSAULT"
    assert event.source == ("state:Peru",)


def test_unnamed_agent_acts_by_force_but_does_not_cooperate(nlp, coder) -> None:
    assert top(code(nlp, coder, "Police detained eighteen people after the match.")).plover.type == "COERCE"
    assert not code(nlp, coder, "The government agreed to the demands of the teachers.")


def test_event_describing_a_noun_ranks_below_the_main_event(nlp, coder) -> None:
    text = "A journalist who had been arrested by Peru was freed by Kenya."
    assert top(code(nlp, coder, text)).plover.type == "RETREAT"
