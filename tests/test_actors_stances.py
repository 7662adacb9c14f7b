"""Round 5: the side a person speaks for, read from what they say in its name
("reaffirmed the United States' commitment", "on behalf of Norway"). Sentences are our own."""

from __future__ import annotations

import pytest

from communique.stages import ActorsFound
from communique.types import Actor


def person(found: ActorsFound, surname: str) -> Actor:
    return next(a for a in found.actors if a.kind == "person" and a.name.split()[-1] == surname)


@pytest.mark.parametrize(
    ("text", "surname", "country"),
    [
        ("Chancellor Weber reaffirmed Germany's commitment to the alliance during talks in Oslo with Norway.", "Weber", "DEU"),
        ("President Okafor underscored Nigeria's support for the ceasefire. Ghana and Togo sent observers.", "Okafor", "NGA"),
        ("Foreign Minister Lund conveyed Denmark's condolences to Prime Minister Sato of Japan.", "Lund", "DNK"),
        ("Minister Halvorsen expressed Norwegian support for the Colombian peace talks with Ecuador.", "Halvorsen", "NOR"),
    ],
)
def test_subject_of_a_stance_verb_speaks_for_the_state_owning_the_stance(resolve, text, surname, country):
    assert person(resolve(text), surname).country == country


def test_welcoming_another_state_s_commitment_gives_no_side(resolve):
    found = resolve("President Dlamini welcomed Kenya's commitment to send engineers.")
    assert person(found, "Dlamini").country is None


def test_pronoun_subject_speaks_for_the_subject_of_the_sentence_before(resolve):
    found = resolve(
        "Vice President Amara Keita met President Rojas of Chile and Prime Minister Lee of Singapore. "
        "She reaffirmed Mali's support for their joint initiative."
    )
    assert person(found, "Keita").country == "MLI"
    assert person(found, "Rojas").country == "CHL"


def test_a_pair_of_subjects_speaks_for_no_single_side(resolve):
    found = resolve("President Moreau and Chancellor Weber reaffirmed France's commitment to the treaty with Italy and Spain.")
    assert person(found, "Weber").country is None


def test_lone_title_in_a_stance_joins_the_one_named_holder(resolve):
    found = resolve(
        "President Daniel Osei met King Harald of Norway and Queen Sonja in Oslo. "
        "The President expressed Ghana's support for Norway's climate fund."
    )
    osei = person(found, "Osei")
    assert osei.country == "GHA"
    assert len(osei.mentions) == 2
    assert not any(a.name.startswith("President of") for a in found.actors)


def test_on_behalf_of_a_state_gives_the_subject_its_side(resolve):
    found = resolve("Ambassador Ortiz thanked the hosts on behalf of the people of Peru at the talks in Quito with Ecuador.")
    assert person(found, "Ortiz").country == "PER"


def test_first_person_on_behalf_goes_to_the_speaker_of_the_turn(resolve):
    text = (
        "PRESIDENT MARTIN:  Thank you all. On behalf of Ireland, I welcome Prime Minister Aalto of Finland.\n\n"
        "PRIME MINISTER AALTO:  Thank you, Mr. President.\n"
    )
    found = resolve(text)
    assert person(found, "Martin").country == "IRL"
    assert person(found, "Aalto").country == "FIN"


def test_a_journalists_first_person_is_not_the_previous_speaker(resolve):
    text = (
        "MS. TANAKA:  We now take questions.\n\n"
        "Q    Thank you. On behalf of all Kenyans, we welcome you.\n\n"
        "PRESIDENT ODHIAMBO:  Thank you.\n"
    )
    found = resolve(text)
    assert person(found, "Tanaka").country is None


def test_headline_appositive_naming_someone_else_is_not_the_persons_country(resolve):
    found = resolve("Readout of President Daniel Osei, Jr. Meeting with King Harald of Norway\n\nPresident Osei met King Harald today.")
    assert person(found, "Osei").country != "NOR"


def test_role_only_person_is_named_by_the_title_as_written(resolve):
    found = resolve("The European Union's special envoy for the Pacific attended the meeting as an observer.")
    envoy = next(a for a in found.actors if a.kind == "person")
    assert envoy.name == "Special Envoy of the European Union"
    assert envoy.country == "EU"
