"""Bodies built from other names, home states of movements, and countries given
indirectly (appositives, "its", datelines, the one state a text names). Sentences are our own."""

from __future__ import annotations

import pytest

from communique.stages import ActorsFound
from communique.types import Actor


def actor(found: ActorsFound, name: str) -> Actor:
    return next(a for a in found.actors if a.name == name)


def names(found: ActorsFound, kind: str) -> set[str]:
    return {a.name for a in found.actors if a.kind == kind}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Ministers asked the ASEAN Secretariat to draft a work plan by June.", "ASEAN Secretariat", "ASEAN"),
        ("The African Union Commission called for restraint on both sides.", "African Union Commission", "AU"),
        ("Kyiv's envoy addressed the NATO-Ukraine Council in Brussels on Friday.", "NATO-Ukraine Council", "NATO"),
    ],
)
def test_known_body_and_head_word_is_its_own_body_with_the_parents_code(resolve, text: str, name: str, country: str) -> None:
    found = resolve(text)
    assert actor(found, name).country == country


def test_organ_of_a_forum_is_not_dropped_as_a_forum(resolve) -> None:
    found = resolve("A fund managed by the Pacific Islands Forum Secretariat will open in May.")
    assert "Pacific Islands Forum Secretariat" in names(found, "organization")


def test_title_word_inside_a_known_body_does_not_hide_the_body(resolve) -> None:
    found = resolve("Fiji asked that the United Nations General Assembly hold a special session on sea levels.")
    assert actor(found, "UN General Assembly").country == "UNGA"
    assert not [a for a in found.actors if a.kind == "person"]


def test_national_body_keeps_a_capitalised_modifier(resolve) -> None:
    found = resolve("Australia will supply two patrol boats to the Royal Thai Navy next year.")
    body = actor(found, "Royal Thai Navy")
    assert (body.country, body.sector) == ("THA", "military")


def test_capital_and_government_is_that_states_government(resolve) -> None:
    found = resolve("Aid deliveries resumed after the Damascus government lifted the checkpoints.")
    assert actor(found, "Damascus government").country == "SYR"


def test_demonym_and_lower_case_government_stays_a_state_mention(resolve) -> None:
    found = resolve("The Kenyan government lifted the curfew on Monday.")
    assert "Kenyan government" not in names(found, "organization")
    assert {a.country for a in found.actors if a.kind == "state"} == {"KEN"}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Volunteers rebuilt the library of Kabul University Law School over the summer.", "Kabul University Law School", "AFG"),
        ("Drivers of the Metropolitan Transit Company of Lima went on strike.", "Metropolitan Transit Company of Lima", "PER"),
    ],
)
def test_city_cut_from_a_body_name_is_given_back_with_its_country(resolve, text: str, name: str, country: str) -> None:
    assert actor(resolve(text), name).country == country


def test_national_movement_takes_its_home_state(resolve) -> None:
    found = resolve("Hezbollah said on Sunday it would observe the truce.")
    assert actor(found, "Hezbollah").country == "LBN"


def test_appositive_naming_a_state_gives_the_person_country(resolve) -> None:
    found = resolve("Amira Haddad, Tunisia's best-known labour organiser, began a sit-in on Monday.")
    assert actor(found, "Amira Haddad").country == "TUN"


def test_spokesperson_for_a_states_ministry_takes_that_state(resolve) -> None:
    found = resolve("A spokesperson for Kenya's Ministry of Foreign Affairs, Wanjiru Otieno, declined to comment.")
    assert actor(found, "Wanjiru Otieno").country == "KEN"


def test_its_before_a_title_stands_for_the_state_named_before(resolve) -> None:
    text = "The summit admitted Palau as an observer and welcomed its President, Tomas Rengiil, to the talks."
    assert actor(resolve(text), "Tomas Rengiil").country == "PLW"


def test_dateline_capital_gives_an_official_with_no_other_country(resolve) -> None:
    text = (
        "NAIROBI, March 3 - Officials prepared for the visit of Ghana's Foreign Minister Kofi Asante.\n\n"
        "Principal Secretary Wambui Kamau told reporters the agenda was agreed."
    )
    found = resolve(text)
    assert actor(found, "Wambui Kamau").country == "KEN"
    assert actor(found, "Kofi Asante").country == "GHA"


def test_text_without_dateline_leaves_an_untitled_official_unknown(resolve) -> None:
    found = resolve("Officials prepared the visit.\n\nPrincipal Secretary Wambui Kamau told reporters the agenda was agreed.")
    assert actor(found, "Wambui Kamau").country is None


def test_leader_without_country_belongs_to_the_one_state_named(resolve) -> None:
    found = resolve("President Anselme Tshibanda extended the curfew across Gabon after the riots.")
    assert actor(found, "Anselme Tshibanda").country == "GAB"


def test_one_state_that_qualifies_someone_else_is_not_the_leaders(resolve) -> None:
    found = resolve("President Pierre Lemoine welcomed the Chilean Foreign Minister, Ana Soto, to the palace.")
    assert actor(found, "Pierre Lemoine").country is None


def test_one_state_after_of_a_guests_title_is_not_the_hosts(resolve) -> None:
    found = resolve("President Pierre Lemoine held a call with King Harald V of Norway on Tuesday.")
    assert actor(found, "Pierre Lemoine").country is None
