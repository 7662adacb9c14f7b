"""Round-3 behaviours of the event coder: coverage by construction (synonyms, phrasal verbs,
noun forms, object classes), unnamed subjects (pronouns, agentive nouns) and the ranking of
background clauses. Sentences are written for these tests; actors come from a fixture
resolver so that only the coder is measured.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from communique.events import EventCoder

from event_helpers import code_with_actors
from communique.evaluate.events import NO_EVENT, code_texts
from communique.evaluate.events import top as top_event
from communique.events.lexicon import Lexicon
from communique.events.tables import CodeTables
from communique.types import Event

ACTORS = {"Norway": "NOR", "Chile": "CHL", "Kenya": "KEN", "Peru": "PER", "Ghana": "GHA"}


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


# --- Round 9: coverage per CAMEO code, checked on sentences written before the lexicon lines.

SENTENCES = Path(__file__).resolve().parent / "fixtures" / "events" / "coverage" / "sentences.tsv"
# Measured 0.938 when the round-9 lines went in (0.912 before them); the floor leaves room for
# one-off parses and for rule changes elsewhere.
ROOT_FLOOR = 0.90


# Round 13's held-out sentences (nominal events, letting in, receiving monitors, amounts
# given, signing, strikes): root 0.829 at their first run, after the round's first changes.
ROUND13 = SENTENCES.with_name("round13.tsv")
ROUND13_FLOOR = 0.78


def _sentences(path: Path = SENTENCES) -> list[tuple[str, str]]:
    lines = [line for line in path.read_text("utf-8").splitlines() if line and line[0] != "#"]
    return [tuple(line.split("\t")) for line in lines[1:]]  # type: ignore[misc]


def _root(code: str) -> str:
    return code if code == NO_EVENT else code[:2]


def test_coverage_sentences_use_known_codes_and_span_every_coded_root() -> None:
    cameo = CodeTables.load().cameo
    codes = [code for _, code in _sentences()]
    assert all(code == NO_EVENT or code in cameo for code in codes)
    assert {f"{n:02d}" for n in range(2, 21)} <= {_root(code) for code in codes}
    assert len(codes) >= 150


def test_every_cameo_root_with_a_plover_type_has_lexicon_lines() -> None:
    tables = CodeTables.load()
    reached = {trigger.cameo[:2] for trigger in Lexicon.load()}
    coded = {code[:2] for code in tables.cameo if tables.plover_of(code).type is not None}
    assert coded <= reached


@pytest.mark.parametrize(
    ("text", "code_"),
    [
        ("Norway called for the release of the Kenya fishermen.", "0253"),
        ("Peru asked Chile for an emergency loan.", "0231"),
        ("Norway exchanged fire with Kenya near the border.", "193"),
        ("Kenya carried out air strikes on Peru.", "195"),
        ("Chile ended the state of emergency.", "0814"),
        ("Ghana demanded the withdrawal of Peru troops.", "1056"),
    ],
)
def test_what_is_asked_or_done_picks_the_sub_code(nlp, coder, text: str, code_: str) -> None:
    assert top(code(nlp, coder, text)).cameo.code == code_


def test_a_particle_still_outranks_a_named_object() -> None:
    # "called off the talks" is yielding (080), not an appeal for talks (026).
    assert Lexicon.load().lookup("call", "V", {"off", "talk"}).cameo == "080"  # type: ignore[union-attr]
    assert Lexicon.load().lookup("call", "V", {"for", "talk"}).cameo == "026"  # type: ignore[union-attr]


@pytest.mark.slow
@pytest.mark.parametrize(("path", "floor"), [(SENTENCES, ROOT_FLOOR), (ROUND13, ROUND13_FLOOR)])
def test_top_event_root_on_coverage_sentences_stays_above_floor(path: Path, floor: float) -> None:
    rows = _sentences(path)
    assert all(code == NO_EVENT or code in CodeTables.load().cameo for _, code in rows)
    coded, _, _ = code_texts([sentence for sentence, _ in rows])
    predicted = [_root(top_event(e).cameo.code) if top_event(e) else NO_EVENT for e in coded]  # type: ignore[union-attr]
    hits = sum(p == _root(expected) for p, (_, expected) in zip(predicted, rows, strict=True))
    assert hits / len(rows) >= floor


def test_an_object_outranks_a_preposition_of_the_same_verb(nlp, coder) -> None:
    # "stop" + "in" is a stop on a trip (042); "stop" + "work" is a strike (143).
    assert top(code(nlp, coder, "Dockers in Kenya stopped work in a strike over pay.")).cameo.code == "143"
    # The object of a preposition ranks with its preposition: "agree to" (030) stays first.
    assert top(code(nlp, coder, "Armenia agreed to a ceasefire with Azerbaijan.")).plover.type == "AGREE"


def test_calling_for_sanctions_against_a_state_denounces_it(nlp, coder) -> None:
    event = top(code(nlp, coder, "Norway called for sanctions against Chile over the fishing dispute."))
    assert (event.cameo.code, event.plover.type) == ("111", "ACCUSE")


def test_youths_throwing_stones_protest_violently(nlp, coder) -> None:
    event = top(code(nlp, coder, "Youths in Kenya threw stones at the police during the demonstration."))
    assert (event.cameo.code, event.plover.type) == ("145", "PROTEST")
