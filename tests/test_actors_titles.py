"""Titles next to names: appositives with "of X", portfolios, styles after offices, clock times."""

from __future__ import annotations


from communique.stages import ActorsFound
from communique.types import Actor


def people(found: ActorsFound) -> dict[str, Actor]:
    return {a.name: a for a in found.actors if a.kind == "person"}


def test_title_with_of_country_before_an_appositive_name_gives_role_and_country(resolve):
    found = people(resolve("Guests were met at the door by the President of Finland, Aino Virtanen, and her husband."))
    assert "Aino Virtanen" in found
    assert (found["Aino Virtanen"].role, found["Aino Virtanen"].country) == ("President", "FIN")
    assert not any(name.startswith("President of") for name in found)


def test_title_with_of_country_right_before_a_name_is_that_names_not_the_previous_persons(resolve):
    found = people(resolve(
        "President Tomas Halvorsen spoke by telephone with President of Finland Aino Virtanen on Friday."
    ))
    assert (found["Aino Virtanen"].role, found["Aino Virtanen"].country) == ("President", "FIN")
    assert found["Tomas Halvorsen"].country != "FIN"
    assert [m.text for m in found["Tomas Halvorsen"].mentions] == ["Tomas Halvorsen"]


def test_hyphenated_name_is_kept_as_written(resolve):
    found = people(resolve("President Kwame Osei-Bonsu of Ghana arrived. Osei-Bonsu thanked his hosts."))
    assert "Kwame Osei-Bonsu" in found
    assert [m.text for m in found["Kwame Osei-Bonsu"].mentions] == ["Kwame Osei-Bonsu", "Osei-Bonsu"]


def test_portfolio_minister_takes_the_name_after_an_appositive_comma(resolve):
    found = people(resolve("The deal was signed by Chile's Minister of Mines and Energy, Rafael Ortiz, on Monday."))
    assert (found["Rafael Ortiz"].role, found["Rafael Ortiz"].country) == ("Minister of Mines and Energy", "CHL")
    assert not any(name.startswith("Minister of") for name in found)


def test_title_only_with_country_and_no_name_is_named_by_title(resolve):
    found = people(resolve("Talks were held with Peru's Minister on Tuesday."))
    assert list(found) == ["Minister of Peru"]
    assert (found["Minister of Peru"].role, found["Minister of Peru"].country) == ("Minister", "PER")


def test_office_before_a_style_title_is_the_role(resolve):
    found = people(resolve("He will meet Saudi Foreign Minister Prince Khalid bin Saud in Riyadh."))
    assert (found["Khalid bin Saud"].role, found["Khalid bin Saud"].country) == ("Foreign Minister", "SAU")


def test_official_of_an_international_body_takes_its_code(resolve):
    found = people(resolve("European Commission President Greta Lindqvist called Ottawa."))
    assert found["Greta Lindqvist"].country == "EC"


def test_clock_time_abbreviation_is_not_a_prime_minister(resolve):
    found = people(resolve("10:42 A.M. EDT\n\n4:15 P.M. EST\n\nThe talks began."))
    assert found == {}


def test_generic_title_after_an_article_is_no_person(resolve):
    found = people(resolve("It was the first visit by a Kenyan head of state in a decade."))
    assert found == {}
