"""Behaviours of the event coder: reciprocal events, Title Case headlines, troops
arriving, teams sent to investigate, and verbs the lemmatizer gets wrong. Sentences are ours;
actors come from a fixture resolver so that only the coder is measured.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from event_helpers import code_with_actors
from spacy.language import Language

from communique.evaluate.events import NO_EVENT, code_texts, top
from communique.events import EventCoder
from communique.events.headline import title_case
from communique.types import Event

ACTORS = {
    "Japan": "JPN", "China": "CHN", "Ghana": "GHA", "Togo": "TGO", "Brazil": "BRA",
    "Argentina": "ARG", "North Korea": "PRK", "Norway": "NOR", "Chile": "CHL",
    "Russian": "RUS", "Poland": "POL", "Indian": "IND", "Kenya": "KEN",
    "UN": ("UNO", "organization"),
}  # fmt: skip
ROUND14 = Path(__file__).resolve().parent / "fixtures" / "events" / "coverage" / "round14.tsv"
# Root 0.567 with the coder of round 13 (the file was written before any change of the
# round), 0.933 after it; the floor leaves room for one-off parses.
ROUND14_FLOOR = 0.85


def best(nlp: Language, coder: EventCoder, text: str) -> Event:
    events = code_with_actors(nlp, coder, text, ACTORS)
    assert events, text
    return max(events, key=lambda e: e.confidence)


def test_talks_held_between_two_states_have_both_as_source(nlp, coder) -> None:
    event = best(nlp, coder, "Talks were held between Japan and China in Beijing on Monday.")
    assert event.plover.type == "CONSULT"
    assert set(event.source) == {"state:Japan", "state:China"}
    assert event.target == ()


def test_coordinated_subjects_and_between_phrases_read_alike(nlp, coder) -> None:
    held = best(nlp, coder, "Japan and China held talks on Monday.")
    between = best(nlp, coder, "Talks were held between Japan and China on Monday.")
    assert (set(held.source), held.target) == (set(between.source), between.target)


def test_someone_holding_talks_between_others_stays_the_source(nlp, coder) -> None:
    event = best(nlp, coder, "Norway hosted talks between Chile and Kenya in Oslo.")
    assert event.source == ("state:Norway",)


def test_officials_of_two_states_are_both_parties(nlp, coder) -> None:
    event = best(nlp, coder, "The leaders of Ghana and Togo held talks on Sunday.")
    assert set(event.source) == {"state:Ghana", "state:Togo"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia Warns Ukraine Over Drone Strikes", True),
        ("Leaders Agree To Boost Trade In The Region", True),
        ("Japan imposes new sanctions on North Korea", False),
        ("Russia warned Ukraine over the drone strikes.", False),
        ("Prime Minister Narendra Modi", True),
        ("Kenya Airways", False),
    ],
)
def test_title_case_lines_are_recognised(text: str, expected: bool) -> None:
    assert title_case(text) is expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Japan Imposes New Sanctions On North Korea\n\nThe measures take effect on Friday.", "163"),
        ("Brazil And Argentina Sign Nuclear Accord", "057"),
    ],
)
def test_title_case_headline_is_coded_from_its_sentence_case_reading(nlp, coder, text, code) -> None:
    event = best(nlp, coder, text)
    assert event.cameo.code == code
    # Offsets and text are the document's, capitals included.
    assert text[event.trigger.start : event.trigger.end] == event.trigger.text
    assert event.trigger.text[0].isupper()


def test_headline_reading_leaves_the_body_alone(nlp, coder) -> None:
    text = "Japan Imposes New Sanctions On North Korea\n\nJapan and China held talks on Monday."
    types = {e.plover.type for e in code_with_actors(nlp, coder, text, ACTORS)}
    assert {"SANCTION", "CONSULT"} <= types


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russian troops arrived in Poland on Wednesday.", "154"),
        ("UN peacekeepers arrived in Kenya on Friday.", "074"),
        ("The Indian foreign minister arrived in Japan on Friday.", "042"),
    ],
)
def test_who_arrives_decides_between_deployment_and_visit(nlp, coder, text, code) -> None:
    assert best(nlp, coder, text).cameo.code == code


def test_team_sent_to_investigate_codes_the_inquiry(nlp, coder) -> None:
    event = best(nlp, coder, "Norway sent a team to Chile to investigate the killings of miners.")
    assert event.plover.type == "ACCUSE"
    assert event.cameo.code.startswith("09")
    assert event.source == ("state:Norway",) and event.target == ("state:Chile",)


def test_aid_sent_to_help_stays_aid(nlp, coder) -> None:
    event = best(nlp, coder, "Norway sent food to Chile to help the flood victims.")
    assert event.cameo.code.startswith("07")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Dockworkers in Chile staged a strike over pay.", "143"),
        ("Norway staged air strikes on rebel positions in Chile.", "195"),
    ],
)
def test_staged_is_read_as_stage_whatever_the_lemmatizer_says(nlp, coder, text, code) -> None:
    assert best(nlp, coder, text).cameo.code == code


@pytest.mark.slow
def test_round14_heldout_sentences_stay_above_floor() -> None:
    lines = [line for line in ROUND14.read_text("utf-8").splitlines() if line and line[0] != "#"]
    rows = [tuple(line.split("\t")) for line in lines[1:]]
    coded, _, _ = code_texts([sentence for sentence, _ in rows])
    hits = 0
    for events, (_, expected) in zip(coded, rows, strict=True):
        event = top(events)
        got = event.cameo.code if event else NO_EVENT
        hits += got[:2] == expected[:2] if NO_EVENT not in (got, expected) else got == expected
    assert hits / len(rows) >= ROUND14_FLOOR
