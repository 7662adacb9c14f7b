"""Every engagement has a readable name: its own when the text gives one, else kind and parties."""

from __future__ import annotations

from communique.diplomacy import DiplomacyExtractor
from communique.diplomacy.naming import fallback_name
from communique.types import Actor
from fixtures.diplomacy.build import analyse, mentions_for

HARRIS = ("harris", "person", "USA", "Vice President", ["Vice President Kamala Harris", "Harris"])
ALBA = ("alba", "person", None, "Prime Minister", ["Prime Minister Marta Alba", "Alba"])
RURITANIA = ("rur", "state", "RUR", None, ["Ruritania"])


def read(text, actors, title=None):  # type: ignore[no-untyped-def]
    mentions = mentions_for(text, actors)
    return DiplomacyExtractor()(analyse(text, title=title, published="2024-05-02"), mentions, ())


def person(name: str) -> Actor:
    return Actor(name.lower(), name, "person", None, None, None, ())


def test_possessive_readout_heading_names_the_call_by_its_two_people() -> None:
    title = "Readout of Vice President Kamala Harris's Call with Prime Minister Marta Alba of Ruritania"
    text = title + "\nThe Vice President and the Prime Minister discussed trade."
    (e,) = read(text, [HARRIS, ALBA, RURITANIA], title).engagements
    assert e.name == "Call between Vice President Kamala Harris and Prime Minister Marta Alba"
    assert e.mechanism is None


def test_heading_with_a_person_before_the_trigger_gives_no_mechanism() -> None:
    title = "Readout of Vice President Kamala Harris Call with Prime Minister Marta Alba of Ruritania"
    text = title + "\nThe two leaders discussed trade."
    (e,) = read(text, [HARRIS, ALBA, RURITANIA], title).engagements
    assert e.mechanism is None and "Harris" in (e.name or "")


def test_named_format_keeps_its_own_name() -> None:
    text = "Ministers held the 2nd Ruritania Strategic Dialogue in Vienna."
    (e,) = read(text, [RURITANIA]).engagements
    assert e.name is not None and "Strategic Dialogue" in e.name


def test_unnamed_meeting_of_two_states_is_named_by_them() -> None:
    name = fallback_name("meeting", [], ["RUS", "JOR"], None, {"RUS": "Russia", "JOR": "Jordan"})
    assert name == "Meeting between Russia and Jordan"


def test_office_only_people_give_way_to_their_states() -> None:
    people = [person("President of Uganda"), person("Yoweri Museveni")]
    name = fallback_name("talks", people, ["UGA", "RUS"], None, {"UGA": "Uganda", "RUS": "Russia"})
    assert name == "Talks between Uganda and Russia"


def test_visit_is_named_by_its_host() -> None:
    assert fallback_name("visit", [person("Jack Straw")], ["GBR", "THA"], "THA", {"THA": "Thailand"}) == "Visit to Thailand"


def test_engagement_with_no_party_is_named_by_kind_and_date() -> None:
    assert fallback_name("summit", [], [], None, {}, date="2021-06-13") == "Summit on 2021-06-13"
