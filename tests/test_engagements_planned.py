"""Meetings to come: announced by a speaker in a transcript, named after a deadline ("before
the X meeting"), dated by "next month" rather than the dateline."""

from __future__ import annotations

from communique.diplomacy import DiplomacyExtractor
from fixtures.diplomacy.build import analyse, mentions_for

HALVORSEN = ("halvorsen", "person", "NOR", "Prime Minister", ["Ingrid Halvorsen", "HALVORSEN"])
MAKELA = ("makela", "person", "FIN", "President", ["Aino Mäkelä", "MÄKELÄ"])
OSLO = ("oslo", "city", "NOR", ["Oslo"])
TURKU = ("turku", "city", "FIN", ["Turku"])
LISBON = ("lisbon", "city", "PRT", ["Lisbon"])
TITLE = "Press statements by Prime Minister Ingrid Halvorsen and President Aino Mäkelä"
TRANSCRIPT = (
    TITLE + "\n\n"
    "PRIME MINISTER HALVORSEN: I am glad to welcome President Mäkelä to Oslo. We have had good talks "
    "today, and our energy ministers will meet in Turku next month to prepare a joint grid plan.\n\n"
    "PRESIDENT MÄKELÄ: Thank you. We discussed the Arctic and the security of our region.\n\n"
    "Q: Will the plan be ready soon?\n\n"
    "PRIME MINISTER HALVORSEN: I will send our proposal to Helsinki before the Nordic Council "
    "meeting in Lisbon in the autumn.\n"
)


def read_transcript():  # type: ignore[no-untyped-def]
    mentions = mentions_for(TRANSCRIPT, [HALVORSEN, MAKELA], [OSLO, TURKU, LISBON],
                            [("today", "2025-03-04", "day"), ("next month", "2025-04", "month")])
    analysis = analyse(TRANSCRIPT, title=TITLE, published="2025-03-04")
    return DiplomacyExtractor()(analysis, mentions, ())


def test_a_meeting_a_speaker_announces_with_its_place_is_a_planned_engagement_of_the_speakers_countries() -> None:
    found = read_transcript()
    turku = next(e for e in found.engagements if e.place == "turku")
    assert turku.status == "planned"
    assert turku.date is not None and turku.date.value == "2025-04"
    assert set(turku.countries) == {"NOR", "FIN"}


def test_a_meeting_named_as_a_deadline_for_a_future_act_is_planned() -> None:
    found = read_transcript()
    lisbon = next(e for e in found.engagements if e.place == "lisbon")
    assert lisbon.status == "planned"
    assert "Nordic Council meeting" in [s.text for s in lisbon.evidence]


MENON = ("menon", "person", "IND", "External Affairs Minister", ["Rajiv Menon"])
FAISAL = ("faisal", "person", "SAU", "Foreign Minister", ["Faisal bin Nasser"])
RIYADH = ("riyadh", "city", "SAU", ["Riyadh"])
DISPATCH = (
    "NEW DELHI, July 8, 2025 - External Affairs Minister Rajiv Menon will travel to Riyadh next "
    "month to co-chair the third ministerial meeting of the Strategic Council with Foreign "
    "Minister Faisal bin Nasser, the ministry said."
)


def test_a_planned_meeting_is_dated_by_next_month_not_by_a_dateline_that_swallowed_its_dash() -> None:
    mentions = mentions_for(DISPATCH, [MENON, FAISAL], [RIYADH],
                            [("July 8, 2025 -", "2025-07-08", "day"), ("next month", "2025-08", "month")])
    found = DiplomacyExtractor()(analyse(DISPATCH, published="2025-07-08"), mentions, ())
    (meeting,) = found.engagements
    assert meeting.status == "planned"
    assert meeting.date is not None and meeting.date.value == "2025-08"


SOCHI_TEXT = (
    "Vladimir Putin: Shortly after the talks, Mr Van der Bellen and I will meet in Sochi with participants "
    "of the forum, which we agreed to set up last year.\n\n"
    "Alexander Van der Bellen: I am happy that President Putin and I will join the forum in Sochi.\n\n"
    "Question: Thank you both.\n"
)


def test_one_meeting_to_come_announced_by_both_sides_is_one_planned_engagement() -> None:
    from communique.diplomacy import DiplomacyExtractor
    from fixtures.diplomacy.build import analyse, mentions_for

    putin = ("putin", "person", "RUS", "President", ["Vladimir Putin", "President Putin"])
    bellen = ("bellen", "person", "AUT", "President", ["Alexander Van der Bellen", "Van der Bellen"])
    mentions = mentions_for(SOCHI_TEXT, [putin, bellen], [("sochi", "city", "RUS", ["Sochi"])],
                            [("last year", "2018", "year")])
    found = DiplomacyExtractor()(analyse(SOCHI_TEXT, published="2019-05-15"), mentions, ())
    planned = [e for e in found.engagements if e.status == "planned"]
    assert len(planned) <= 1
    assert all(e.date is None or e.date.value >= "2019-05-15"[: len(e.date.value)] for e in planned)


WONG = ("wong", "person", "AUS", "Foreign Minister", ["Foreign Minister Penny Wong", "Wong"])
SUGIONO = ("sugiono", "person", "IDN", "Foreign Minister", ["Foreign Minister Sugiono", "Sugiono"])
JAKARTA = ("jakarta", "city", "IDN", ["Jakarta"])


def read_undated(text: str):  # type: ignore[no-untyped-def]
    mentions = mentions_for(text, [WONG, SUGIONO], [JAKARTA])
    return DiplomacyExtractor()(analyse(text, published=None), mentions, ())


def test_travelling_next_week_is_planned_without_a_document_date() -> None:
    text = "Foreign Minister Penny Wong is travelling to Jakarta next week for talks with Foreign Minister Sugiono."
    (e,) = read_undated(text).engagements
    assert e.status == "planned" and e.date is None


def test_present_tense_visit_tomorrow_is_planned() -> None:
    (e,) = read_undated("Foreign Minister Penny Wong visits Jakarta tomorrow.").engagements
    assert e.status == "planned"


def test_talks_told_in_the_past_tense_stay_held() -> None:
    text = "Foreign Minister Penny Wong was in Jakarta last week for talks with Foreign Minister Sugiono."
    (e,) = read_undated(text).engagements
    assert e.status == "held"


def test_be_to_hold_talks_is_planned() -> None:
    (e,) = read_undated("Foreign Minister Penny Wong is to hold talks with Foreign Minister Sugiono in Jakarta.").engagements
    assert e.status == "planned"


def test_a_visit_looked_forward_to_is_planned_in_the_past_tense_too() -> None:
    text = "Foreign Minister Penny Wong looked forward to visiting Jakarta for talks with Foreign Minister Sugiono."
    assert all(e.status == "planned" for e in read_undated(text).engagements)


def test_a_summit_being_prepared_is_planned() -> None:
    text = "Penny Wong and Sugiono discussed preparations for the summit in Jakarta."
    (e,) = read_undated(text).engagements
    assert (e.kind, e.status) == ("summit", "planned")
