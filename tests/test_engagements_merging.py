"""One engagement per meeting: a title and a body naming the same people differently, a
summit and its bare "met", a purpose clause the parser split ("to co-chair the meeting")."""

from __future__ import annotations

from communique.diplomacy import DiplomacyExtractor
from communique.diplomacy.draft import surname
from fixtures.diplomacy.build import analyse, mentions_for

VOSS = ("voss", "person", "USA", "Vice President", ["Vice President Voss", "Voss"])
KALDOR_TITLE = ("kaldor-t", "person", "RUR", "President", ["Kaldor of"])
KALDOR = ("kaldor", "person", "RUR", "President", ["Elias Kaldor"])
ORBEL = ("orbel", "person", "RUR", "President", ["Orbel"])


def read(text, actors, title=None, published="2024-05-02"):  # type: ignore[no-untyped-def]
    return DiplomacyExtractor()(analyse(text, title=title, published=published), mentions_for(text, actors), ())


def test_surname_ignores_a_trailing_of_and_an_office_has_none() -> None:
    assert surname("Kaldor of") == surname("Elias Kaldor") == "kaldor"
    assert surname("President of Brazil") is None


def test_title_meeting_and_body_met_with_the_same_people_named_differently_are_one() -> None:
    title = "Readout of Vice President Voss's Meeting with President Kaldor of Ruritania"
    text = title + "\n\nToday Vice President Voss met President Elias Kaldor in Geneva to discuss trade."
    found = read(text, [VOSS, KALDOR_TITLE, KALDOR], title=title)
    assert [e.kind for e in found.engagements] == ["meeting"]


def test_meetings_with_two_different_presidents_stay_two() -> None:
    text = ("Vice President Voss met President Elias Kaldor in Geneva on Monday. "
            "On Tuesday, Vice President Voss met Orbel in Bern.")
    found = read(text, [VOSS, KALDOR, ORBEL])
    assert len(found.engagements) == 2


def test_leaders_met_after_the_summit_is_the_summit() -> None:
    text = ("The 12th Coral Sea Summit was held in Geneva on 3 May 2024. "
            "The leaders met under the theme of resilience.")
    found = read(text, [])
    assert [e.kind for e in found.engagements] == ["summit"]


def test_welcomed_a_state_as_a_member_is_no_meeting() -> None:
    ruritania = ("rur", "state", "RUR", None, ["Ruritania"])
    found = read("The leaders welcomed Ruritania as the eleventh member of the bloc.", [ruritania])
    assert found.engagements == ()


def test_travel_to_co_chair_a_meeting_is_planned_and_placed_at_the_destination() -> None:
    text = ("Foreign Minister Elias Kaldor will travel to Geneva next month to co-chair the third "
            "ministerial meeting of the Joint Council with Vice President Voss, officials said.")
    (e,) = read(text, [KALDOR, VOSS]).engagements
    assert e.status == "planned"


def evidence_words(found) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.text for e in found.engagements for s in e.evidence]


def test_dialogue_as_a_practice_is_no_evidence_of_the_meeting() -> None:
    text = ("Vice President Voss met President Elias Kaldor in Geneva on Monday. "
            "The two leaders agreed to continue the dialogue and to settle disputes through dialogue. "
            "They will deepen consultations on energy.")
    found = read(text, [VOSS, KALDOR])
    (e,) = found.engagements
    assert e.kind == "meeting"
    assert evidence_words(found) == ["met"]


def test_the_talks_pointing_back_and_talks_as_a_subject_are_evidence() -> None:
    text = ("Vice President Voss held talks with President Elias Kaldor in Geneva on Monday. "
            "The talks were constructive. Talks also covered energy.")
    found = read(text, [VOSS, KALDOR])
    assert evidence_words(found) == ["talks", "talks", "Talks"]
