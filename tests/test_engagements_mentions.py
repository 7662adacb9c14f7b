"""Meetings only talked about are no engagements: questions, conditions and wishes; other
editions of a mechanism a communiqué mentions in passing; appeals called "calls"; acronyms.
Journeys ("travelled to", "tour") are visits, and a summit's sidelines are no party."""

from __future__ import annotations

import pytest
from fixtures.diplomacy.build import analyse, mentions_for

from communique.diplomacy import DiplomacyExtractor
from communique.stages import Diplomacy

USA = ("usa", "state", "USA", None, ["United States"])
KOR = ("kor", "state", "KOR", None, ["South Korea"])
PRK = ("prk", "state", "PRK", None, ["North Korea"])
BIDEN = ("biden", "person", "USA", "President", ["President Biden", "Biden"])
YOON = ("yoon", "person", "KOR", "President", ["President Yoon", "Yoon"])
KIM = ("kim", "person", "PRK", "Chairman", ["Kim Jong Un", "Kim"])
APEC = ("apec", "organization", "APEC", None, ["APEC"])
G7 = ("g7", "organization", "G7", None, ["G7"])
SEOUL = ("seoul", "city", "KOR", ["Seoul"])
LIMA = ("lima", "city", "PER", ["Lima"])


def read(text: str, actors=(), places=(), dates=(), published: str = "2024-11-16") -> Diplomacy:  # type: ignore[no-untyped-def]
    mentions = mentions_for(text, list(actors), list(places), list(dates), [])
    return DiplomacyExtractor()(analyse(text, published=published), mentions, ())


@pytest.mark.parametrize(
    "sentence",
    [
        "Would you meet with Kim Jong Un this year?",
        "If Kim Jong Un calls, I would meet with him.",
        "I'd love to meet with Kim Jong Un at some point.",
        "I want to meet Kim Jong Un.",
    ],
)
def test_question_condition_or_wish_is_no_engagement(sentence: str) -> None:
    assert read(sentence, actors=[KIM]).engagements == ()


def test_stated_meeting_to_come_is_still_planned() -> None:
    (e,) = read("President Biden will meet Kim Jong Un in Seoul next month.",
                actors=[BIDEN, KIM], places=[SEOUL]).engagements
    assert e.status == "planned"


def test_other_editions_mentioned_in_passing_are_no_engagements() -> None:
    text = ("The G7 leaders met in Apulia on Friday. We welcome the outcomes of the 2023 SDG Summit "
            "and build on the AI Seoul Summit. We look forward to the Global Disability Summit to be "
            "held in Berlin in 2025.")
    found = read(text, actors=[G7], places=[("apulia", "region", "ITA", ["Apulia"]),
                                          ("berlin", "city", "DEU", ["Berlin"])],
                 dates=[("Friday", "2024-06-14", "day"), ("2025", "2025", "year"), ("2023", "2023", "year")],
                 published="2024-06-14")
    names = [e.name for e in found.engagements]
    assert not any(n and ("SDG" in n or "AI Seoul" in n) for n in names)
    assert any(e.place == "berlin" and e.status == "planned" for e in found.engagements)


def test_an_appeal_called_a_call_is_no_phone_call() -> None:
    text = "We reiterate our call for the complete denuclearization of North Korea and support the Christchurch Call."
    assert read(text, actors=[PRK]).engagements == ()


def test_an_acronym_in_running_text_is_no_trip() -> None:
    found = read("President Yoon backed the TRIPS waiver in Seoul.", actors=[YOON], places=[SEOUL])
    assert all(e.kind != "visit" for e in found.engagements)


def test_travelling_to_a_country_is_a_visit() -> None:
    (e,) = read("President Yoon travelled to the United States on Monday.", actors=[YOON, USA],
                dates=[("Monday", "2024-11-11", "day")]).engagements
    assert e.kind == "visit" and e.host == "USA"


def test_travel_to_meet_someone_is_the_meeting_alone() -> None:
    (e,) = read("President Yoon will travel to Lima to meet President Biden.",
                actors=[YOON, BIDEN], places=[LIMA]).engagements
    assert e.kind == "meeting" and e.status == "planned"


def test_a_tour_is_a_visit() -> None:
    (e,) = read("President Biden began a tour of South Korea on Monday.", actors=[BIDEN, KOR],
                dates=[("Monday", "2024-11-11", "day")]).engagements
    assert e.kind == "visit"


def test_the_summit_whose_sidelines_host_a_meeting_is_no_party_to_it() -> None:
    found = read("President Biden met President Yoon on the sidelines of the APEC summit in Lima.",
                 actors=[BIDEN, YOON, APEC], places=[LIMA])
    meeting = next(e for e in found.engagements if e.kind == "meeting")
    assert set(meeting.countries) == {"USA", "KOR"}
