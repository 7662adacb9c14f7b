"""Engagements read from sentences written for these tests (mentions built by hand)."""

from __future__ import annotations

import pytest

from communique.diplomacy import DiplomacyExtractor
from communique.stages import Diplomacy
from fixtures.diplomacy.build import analyse, mentions_for

USA = ("usa", "state", "USA", None, ["United States", "U.S.", "American"])
JPN = ("jpn", "state", "JPN", None, ["Japan", "Japanese"])
IND = ("ind", "state", "IND", None, ["India", "Indian"])
PHL = ("phl", "state", "PHL", None, ["Philippines", "Philippine"])
BIDEN = ("biden", "person", "USA", "President", ["President Biden", "Biden"])
KISHIDA = ("kishida", "person", "JPN", "Prime Minister", ["Prime Minister Kishida", "Kishida"])
MODI = ("modi", "person", "IND", "Prime Minister", ["Prime Minister Modi", "Modi"])
MARCOS = ("marcos", "person", "PHL", "President", ["President Marcos", "Marcos"])


def read(text: str, actors=(), places=(), dates=(), references=(), title=None, published=None) -> Diplomacy:
    mentions = mentions_for(text, list(actors), list(places), list(dates), list(references))
    return DiplomacyExtractor()(analyse(text, title=title, published=published), mentions, ())


def test_x_met_y_gives_one_meeting_with_both_participants() -> None:
    found = read("President Biden met Prime Minister Kishida in Tokyo on Monday.",
                 actors=[BIDEN, KISHIDA, USA, JPN], places=[("tokyo", "city", "JPN", ["Tokyo"])],
                 dates=[("Monday", "2023-05-22", "day")])
    (e,) = found.engagements
    assert e.kind == "meeting"
    assert {p.actor for p in e.participants} == {"biden", "kishida"}
    assert set(e.countries) == {"USA", "JPN"}
    assert e.place == "tokyo" and e.host == "JPN"
    assert e.date is not None and e.date.value == "2023-05-22" and e.date.text == "Monday"


def test_meeting_date_comes_from_text_not_publication() -> None:
    found = read("Prime Minister Modi and President Biden met yesterday in Washington.",
                 actors=[MODI, BIDEN], dates=[("yesterday", "2021-11-18", "day")], published="2021-11-19")
    assert found.engagements[0].date.value == "2021-11-18"


def test_undated_readout_falls_back_to_document_date() -> None:
    found = read("President Biden spoke by phone with Prime Minister Kishida.",
                 actors=[BIDEN, KISHIDA], published="2022-03-01")
    (e,) = found.engagements
    assert e.kind == "call"
    assert e.date.value == "2022-03-01" and e.date.granularity == "day" and e.date.span is None


def test_a_meeting_called_recent_is_not_dated_by_the_document() -> None:
    found = read("President Biden and Prime Minister Kishida recalled their recent meeting in Tokyo.",
                 actors=[BIDEN, KISHIDA], places=[("tokyo", "city", "JPN", ["Tokyo"])], published="2022-03-01")
    (e,) = found.engagements
    assert e.date is None


def test_a_call_the_text_follows_on_from_is_another_call_not_the_one_it_reports() -> None:
    title = "President Biden had a telephone conversation with Prime Minister Kishida"
    text = (title + "\n\nThe two leaders followed on from their telephone conversation last week, "
            "discussing preparations for the summit.")
    found = read(text, actors=[BIDEN, KISHIDA], dates=[("last week", "2022-02", "month")],
                 title=title, published="2022-03-01")
    calls = [e for e in found.engagements if e.kind == "call"]
    assert [c.date.value for c in calls] == ["2022-03-01", "2022-02"]


@pytest.mark.parametrize(
    ("phrase", "mechanism", "edition"),
    [
        ("the 3rd India-Japan 2+2 Ministerial Dialogue", "2+2 Ministerial Dialogue", 3),
        ("the inaugural India-Japan 3+3 meeting", "3+3 meeting", 1),
        ("the fourth trilateral meeting", "trilateral meeting", 4),
        ("the 12th India-Japan Annual Summit", "Annual Summit", 12),
    ],
)
def test_mechanism_and_edition_read_from_the_name(phrase: str, mechanism: str, edition: int) -> None:
    found = read(f"Prime Minister Modi and Prime Minister Kishida held {phrase} in Tokyo.",
                 actors=[MODI, KISHIDA, IND, JPN])
    (e,) = found.engagements
    assert e.mechanism == mechanism
    assert e.edition == edition


def test_headline_meeting_in_city_gives_venue_and_name() -> None:
    text = ("Meeting in Delhi for the 2nd India-Japan Strategic Dialogue on Tuesday, the two sides "
            "discussed trade.")
    found = read(text, actors=[IND, JPN], places=[("delhi", "city", "IND", ["Delhi"])],
                 dates=[("Tuesday", "2024-08-20", "day")], references=[("the two sides", ["ind", "jpn"])])
    (e,) = found.engagements
    assert e.kind == "dialogue" and e.edition == 2
    assert e.name == "2nd India-Japan Strategic Dialogue"
    assert e.place == "delhi" and set(e.countries) == {"IND", "JPN"}


def test_several_mentions_of_one_meeting_are_one_engagement() -> None:
    text = ("President Biden met Prime Minister Kishida in Tokyo. At the meeting, the leaders discussed "
            "trade. Kishida represented Japan at the bilateral meeting.")
    found = read(text, actors=[BIDEN, KISHIDA, JPN])
    assert len(found.engagements) == 1
    assert len(found.engagements[0].evidence) >= 2


def test_talks_with_different_leaders_are_separate_engagements() -> None:
    text = ("President Biden held talks with Prime Minister Kishida. "
            "Later, President Biden held talks with President Marcos.")
    found = read(text, actors=[BIDEN, KISHIDA, MARCOS])
    assert len(found.engagements) == 2
    assert [{p.actor for p in e.participants} for e in found.engagements] == [
        {"biden", "kishida"}, {"biden", "marcos"}]


def test_hosted_makes_the_subject_the_host() -> None:
    found = read("President Biden hosted Prime Minister Kishida at the White House.",
                 actors=[BIDEN, KISHIDA])
    assert found.engagements[0].host == "USA"


def test_visiting_ministers_make_the_other_side_host() -> None:
    text = ("The India-Japan talks were held on Monday. Prime Minister Modi requested the visiting "
            "Japanese ministers to look into the matter.")
    found = read(text, actors=[MODI, IND, JPN], dates=[("Monday", "2024-01-08", "day")])
    assert found.engagements[0].host == "IND"


def test_visit_to_a_country_makes_it_host() -> None:
    found = read("Prime Minister Modi visited Japan last week.", actors=[MODI, JPN])
    (e,) = found.engagements
    assert e.kind == "visit" and e.host == "JPN"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("President Biden will meet Prime Minister Kishida next month.", "planned"),
        ("President Biden is scheduled to meet Prime Minister Kishida.", "planned"),
        ("The meeting between President Biden and Prime Minister Kishida was called off.", "cancelled"),
        ("The meeting between President Biden and Prime Minister Kishida was postponed.", "cancelled"),
        ("President Biden met Prime Minister Kishida.", "held"),
    ],
)
def test_status_follows_the_verb(sentence: str, status: str) -> None:
    (e,) = read(sentence, actors=[BIDEN, KISHIDA]).engagements
    assert e.status == status


def test_participants_named_after_the_trigger_join_the_engagement() -> None:
    text = ("The India-Japan Dialogue was held in Delhi. Prime Minister Kishida represented Japan at "
            "the meeting; Prime Minister Modi participated from the Indian side.")
    found = read(text, actors=[MODI, KISHIDA, IND, JPN])
    (e,) = found.engagements
    assert {p.actor for p in e.participants} == {"modi", "kishida"}
    assert {p.role for p in e.participants} == {"Prime Minister"}


def test_readout_title_gives_a_call_when_the_body_does_not_say_so() -> None:
    text = "The two leaders discussed trade and the war in Ukraine."
    found = read(text, actors=[BIDEN, KISHIDA],
                 title="Readout of President Biden's Call with Prime Minister Kishida of Japan",
                 published="2022-01-05")
    (e,) = found.engagements
    assert e.kind == "call" and e.date.value == "2022-01-05"
    assert {p.actor for p in e.participants} == {"biden", "kishida"}


def test_generic_dialogue_is_not_an_engagement() -> None:
    assert read("Both countries support dialogue and diplomacy.").engagements == ()


def test_meeting_goals_is_not_a_meeting() -> None:
    assert read("The plan is aimed at meeting the goals of the agreement.").engagements == ()


def test_mechanism_and_edition_read_from_a_readout_title() -> None:
    found = read("Secretary Blinken met Secretary Manalo in Washington.",
                 actors=[("blinken", "person", "USA", "Secretary", ["Secretary Blinken"]),
                         ("manalo", "person", "PHL", "Secretary", ["Secretary Manalo"])],
                 title="Joint Readout of Inaugural U.S.-Philippines 3+3 Meeting")
    (e,) = found.engagements
    assert e.mechanism == "3+3 Meeting" and e.edition == 1
    assert e.name == "Inaugural U.S.-Philippines 3+3 Meeting"
