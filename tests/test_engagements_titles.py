"""The document title announces the engagement: kind, participants and countries."""

from __future__ import annotations

from communique.diplomacy import DiplomacyExtractor
from communique.diplomacy.title import title_triggers
from fixtures.diplomacy.build import analyse, mentions_for

BIDEN = ("biden", "person", "USA", "President", ["President Biden", "Biden"])
ALBA = ("alba", "person", None, "Prime Minister", ["Prime Minister Alba", "Alba"])
RURITANIA = ("rur", "state", "RUR", None, ["Ruritania"])
USA = ("usa", "state", "USA", None, ["United States"])


def read(text, actors, title, published="2024-05-02"):  # type: ignore[no-untyped-def]
    mentions = mentions_for(text, actors)
    return DiplomacyExtractor()(analyse(text, title=title, published=published), mentions, ())


def test_readout_title_gives_call_participants_and_countries_when_the_text_repeats_it() -> None:
    title = "Readout of President Biden's Call with Prime Minister Alba of Ruritania"
    text = title + "\nToday the leaders discussed trade and the energy transition."
    (e,) = read(text, [BIDEN, ALBA, RURITANIA], title).engagements
    assert e.kind == "call"
    assert {p.actor for p in e.participants} == {"biden", "alba"}
    assert set(e.countries) == {"USA", "RUR"}


def test_title_trigger_with_an_argument_wins_over_an_earlier_press_conference() -> None:
    (chosen, *_), = [[t for t in title_triggers("News conference following talks with the President") if t.argued]]
    assert chosen.kind == "talks"


def test_press_conference_in_the_sentence_of_talks_is_part_of_them() -> None:
    text = ("President Biden held talks with Prime Minister Alba in Washington. "
            "The leaders then gave a press conference following the talks.")
    found = read(text, [BIDEN, ALBA], title=None)
    assert [e.kind for e in found.engagements] == ["talks"]


def test_bilateral_participant_without_country_takes_the_other_side() -> None:
    text = "President Biden and Prime Minister Alba held the United States-Ruritania Strategic Dialogue."
    (e,) = read(text, [BIDEN, ALBA, RURITANIA, USA], title=None).engagements
    assert set(e.countries) == {"USA", "RUR"}
    assert {p.actor: p.country for p in e.participants}["alba"] == "RUR"


def test_participant_country_stays_unknown_when_two_are_missing() -> None:
    other = ("omar", "person", None, "Foreign Minister", ["Foreign Minister Omar"])
    text = ("President Biden, Prime Minister Alba and Foreign Minister Omar held the "
            "United States-Ruritania Dialogue.")
    (e,) = read(text, [BIDEN, ALBA, other, RURITANIA, USA], title=None).engagements
    assert {p.actor: p.country for p in e.participants}["alba"] is None


def test_date_attached_to_the_trigger_beats_a_date_of_another_meeting_in_the_line() -> None:
    text = ("President Biden held a bilateral meeting with Prime Minister Alba on Tuesday "
            "on the sidelines of the Summit on April 11.")
    mentions = mentions_for(text, [BIDEN, ALBA], dates=[("Tuesday", "2024-04-09", "day"),
                                                       ("April 11", "2024-04-11", "day")])
    (e, *_) = DiplomacyExtractor()(analyse(text), mentions, ()).engagements
    assert e.kind == "meeting" and e.date.value == "2024-04-09"
