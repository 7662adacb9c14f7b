"""Outcomes read from sentences written for these tests (mentions built by hand)."""

from __future__ import annotations

import pytest

from communique.diplomacy import DiplomacyExtractor
from communique.stages import Diplomacy
from communique.types import Outcome
from fixtures.diplomacy.build import analyse, mentions_for

IND = ("ind", "state", "IND", None, ["India", "Indian"])
JPN = ("jpn", "state", "JPN", None, ["Japan", "Japanese"])
KHM = ("khm", "state", "KHM", None, ["Cambodia"])
USA = ("usa", "state", "USA", None, ["United States"])
RUS = ("rus", "state", "RUS", None, ["Russia"])
SINGH = ("singh", "person", "IND", "Foreign Minister", ["Foreign Minister Singh", "Singh"])
TANAKA = ("tanaka", "person", "JPN", "Foreign Minister", ["Foreign Minister Tanaka", "Tanaka"])
SIDES = [("the two sides", ["ind", "jpn"]), ("The two sides", ["ind", "jpn"])]


def read(text: str, actors=(IND, JPN, SINGH, TANAKA), references=SIDES) -> Diplomacy:
    mentions = mentions_for(text, list(actors), [], [], list(references))
    return DiplomacyExtractor()(analyse(text), mentions, ())


def only(found: Diplomacy, type_: str) -> Outcome:
    matches = [o for o in found.outcomes if o.type == type_]
    assert len(matches) == 1, found.outcomes
    return matches[0]


def test_two_sides_agreeing_binds_both_countries() -> None:
    o = only(read("The two sides agreed to prepare a new framework for security cooperation."), "agreement")
    assert set(o.parties) == {"ind", "jpn"}
    assert o.status == "agreed" and o.modality == "asserted"
    assert "defence_security" in o.topics
    assert o.text.startswith("The two sides agreed to prepare")


def test_agreed_to_task_officials_is_an_agreement() -> None:
    text = "Ministers from the two sides agreed to task officials with preparing a new framework."
    o = only(read(text), "agreement")
    assert set(o.parties) == {"ind", "jpn"}


def test_request_names_who_asks_and_who_is_asked() -> None:
    text = "Foreign Minister Singh requested the visiting Japanese ministers to look into the bottlenecks."
    o = only(read(text), "request")
    assert o.parties == ("singh",) and o.addressees == ("jpn",)
    assert o.status == "requested"


def test_request_for_support_addresses_the_person_asked() -> None:
    o = only(read("Foreign Minister Singh requested Foreign Minister Tanaka for her continued support."), "request")
    assert o.addressees == ("tanaka",)


def test_called_on_is_a_request_to_the_object_of_on() -> None:
    o = only(read("India called on Japan to lift the tariffs on steel."), "request")
    assert o.parties == ("ind",) and o.addressees == ("jpn",)
    assert "trade_investment" in o.topics


def test_urged_is_a_request() -> None:
    assert only(read("Japan urged India to join the agreement on fisheries."), "request").addressees == ("ind",)


def test_announcement_that_a_country_will_act_binds_that_country() -> None:
    text = "Singh said the talks went well. He also announced that India would open a new Consulate in Osaka."
    o = only(read(text), "announcement")
    assert set(o.parties) == {"singh", "ind"}
    assert "people_to_people" in o.topics


def test_reaffirmed_commitment_is_a_reaffirmed_commitment() -> None:
    o = only(read("The two sides reaffirmed their commitment to a free and open Indo-Pacific."), "commitment")
    assert o.status == "reaffirmed" and "regional_order" in o.topics


def test_press_release_bullet_commitment() -> None:
    text = "Key outcomes:\n- Cambodia commits to expanding clean energy projects\n- The United States will provide training"
    o = only(read(text, actors=(KHM, USA)), "commitment")
    assert o.parties == ("khm",) and "energy_climate" in o.topics
    assert "United States" not in o.text


def test_signed_memorandum_is_signed_agreement() -> None:
    o = only(read("India and Japan signed a memorandum on semiconductor supply chains."), "agreement")
    assert o.status == "signed" and set(o.parties) == {"ind", "jpn"}
    assert "technology" in o.topics


def test_leaders_welcomed_is_a_statement() -> None:
    text = "The leaders of India and Japan welcomed the progress on the high-speed railway."
    o = only(read(text), "statement")
    assert "infrastructure_connectivity" in o.topics


def test_proposal_is_a_proposal() -> None:
    assert only(read("Russia proposed a ceasefire in the region.", actors=(RUS,)), "proposal").parties == ("rus",)


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("India will sign the agreement on rail next year.", "future"),
        ("India may sign the agreement on rail next year.", "hypothetical"),
        ("India did not sign the agreement on rail.", "negated"),
        ("India signed the agreement on rail.", "asserted"),
    ],
)
def test_modality_follows_auxiliaries_and_negation(sentence: str, modality: str) -> None:
    assert only(read(sentence), "agreement").modality == modality


def test_said_is_not_an_outcome() -> None:
    assert read("Singh said that relations with Japan were excellent.").outcomes == ()


def test_outcome_links_to_the_engagement_of_its_sentence() -> None:
    text = "Foreign Minister Singh met Foreign Minister Tanaka in Tokyo. The two sides agreed to expand trade."
    found = read(text)
    assert found.engagements and only(found, "agreement").engagement == found.engagements[0].id


def test_a_question_is_not_a_request() -> None:
    assert [o for o in read("You asked when the restrictions will be lifted.").outcomes if o.type == "request"] == []
