"""The table of well-known political figures (`data/people.tsv`) in the actor stage."""

from __future__ import annotations

import pytest

from communique.mentions.actor_people_table import fold, load_people_table
from communique.mentions.actors import ActorResolver
from communique.nlp import Analysis, load_nlp
from communique.nlp.gazetteer import Gazetteer
from communique.types import Actor, Document


@pytest.fixture(scope="module")
def resolve():
    nlp = load_nlp()
    resolver = ActorResolver(Gazetteer.load())

    def run(text: str, published: str | None = None):
        return resolver(Analysis(Document("t", text, "test", published=published), nlp(text)))

    return run


def person(found, name: str) -> Actor | None:
    return next((a for a in found.actors if a.kind == "person" and a.name == name), None)


def test_every_row_names_known_codes_and_enough_people():
    gazetteer = Gazetteer.load()
    table = load_people_table()
    assert len(table.people) >= 600
    for p in table.people:
        for code in {p.country, *(r.code for r in p.roles)}:
            assert gazetteer.country_by_code(code) or gazetteer.organization_by_code(code), (p.name, code)


def test_no_written_form_names_two_people_of_different_codes():
    table = load_people_table()
    seen: dict[str, str] = {}
    for p in table.people:
        for form in (p.name, *p.aliases):
            key, code = fold(form), p.country_in(None) or p.country
            assert seen.setdefault(key, code) == code, form


@pytest.mark.parametrize("word", ["May", "Bush", "Kim", "Singh", "Li", "Brown", "Rice", "Powell", "Gates"])
def test_common_or_shared_surnames_are_not_distinctive(word):
    assert load_people_table().bare(word) is None


def test_distinctive_surname_alone_takes_the_table_country(resolve):
    found = resolve("Erdogan said on Tuesday the talks had failed.")
    erdogan = person(found, "Erdogan")
    assert erdogan is not None and erdogan.country == "TUR" and erdogan.country_source == "table"


def test_listed_surname_the_model_missed_becomes_a_person(resolve):
    found = resolve("Milosevic rejected the plan.")
    assert person(found, "Milosevic").country == "SRB"


def test_full_name_of_a_common_surname_matches_but_the_bare_surname_does_not(resolve):
    assert person(resolve("Theresa May met reporters."), "Theresa May").country == "GBR"
    assert all(a.country is None for a in resolve("Ms. May met reporters.").actors if a.kind == "person")


def test_bare_surname_after_its_full_name_joins_it(resolve):
    found = resolve("Manmohan Singh arrived on Monday. Singh later met reporters.")
    singh = person(found, "Manmohan Singh")
    assert singh.country == "IND" and len(singh.mentions) == 2


def test_text_evidence_wins_over_the_table(resolve):
    # The text says Ghana; the table's India must not override it (a made-up appointment).
    found = resolve("Ghana's Foreign Minister Subrahmanyam Jaishankar spoke.")
    jaishankar = person(found, "Subrahmanyam Jaishankar")
    assert jaishankar.country == "GHA" and jaishankar.country_source == "text"


def test_a_word_the_document_writes_in_lower_case_is_no_surname(resolve):
    found = resolve("Trump said the trump card was played.")
    assert person(found, "Trump") is None


def test_listed_name_inside_a_longer_name_is_no_person(resolve):
    found = resolve("The Nelson Mandela Foundation said it would help.")
    assert person(found, "Nelson Mandela") is None


def test_a_person_who_acted_for_several_codes_needs_the_year(resolve):
    text = "Donald Tusk said the bloc would act."
    assert person(resolve(text), "Donald Tusk").country is None
    assert person(resolve(text, published="2016-05-02"), "Donald Tusk").country == "EU"
    assert person(resolve(text, published="2024-05-02"), "Donald Tusk").country == "POL"


def test_unlisted_first_name_with_a_distinctive_surname_is_another_person(resolve):
    found = resolve("Lyudmila Putin attended the concert.")
    assert all(a.country is None for a in found.actors if a.kind == "person")


def test_a_listed_person_whose_code_needs_the_year_gets_no_guess_from_the_dyad(resolve):
    # Without a date the table cannot say whether Barroso speaks for Portugal or the EU, and
    # the Britain-Germany dyad must not hand him Germany either.
    text = (
        "Britain and Germany disagreed. Foreign Secretary Jack Straw defended the rebate. "
        "President Jose Manuel Barroso wants it to end. Britain and Germany met again."
    )
    assert person(resolve(text), "Jose Manuel Barroso").country is None
