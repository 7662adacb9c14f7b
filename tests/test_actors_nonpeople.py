"""What the model tags PERSON or ORG that names no actor: cities, common nouns, bare head words."""

from __future__ import annotations

import pytest

from communique.mentions.actor_lexicon import load_actor_lexicon
from communique.mentions.actor_nonpeople import is_false_person


def no_city(name: str) -> int:
    return 0


@pytest.mark.parametrize(
    ("forms", "lower_words", "false"),
    [
        ([("Development", "Assistance")], {"development", "assistance"}, True),
        ([("COVID",)], set(), True),
        ([("Laughter",)], set(), True),
        ([("Amara", "Diallo"), ("Diallo",)], {"development"}, False),
        ([("Development", "Diallo")], {"development"}, False),
    ],
)
def test_untitled_cluster_of_common_words_or_shouted_words_is_no_person(forms, lower_words, false):
    assert is_false_person(forms, False, lower_words, load_actor_lexicon(), no_city) is false


def test_a_title_keeps_a_cluster_even_of_common_words():
    assert not is_false_person([("Hope",)], True, {"hope"}, load_actor_lexicon(), no_city)


def test_lone_big_city_name_is_no_person_but_a_full_name_is():
    lexicon = load_actor_lexicon()
    population = {"Rotterdam": 650_000}.get
    assert is_false_person([("Rotterdam",)], False, set(), lexicon, lambda n: population(n, 0))
    assert not is_false_person([("Ada", "Rotterdam")], False, set(), lexicon, lambda n: population(n, 0))


def test_city_the_model_tags_as_a_person_is_not_an_actor(resolve):
    found = resolve("Tomorrow the delegation will visit Rotterdam, where it will tour the port.")
    assert [a.name for a in found.actors if a.kind == "person"] == []


def test_stage_direction_in_a_transcript_is_not_a_person(resolve):
    found = resolve("PRESIDENT OKAFOR: We will not be moved. (Laughter.) Thank you all.")
    assert [a.name for a in found.actors if a.kind == "person"] == ["Okafor"]


def test_bare_government_is_not_an_organisation(resolve):
    found = resolve("The Government welcomed the decision of the court.")
    assert not any(a.name == "Government" for a in found.actors)


def test_bare_head_word_joins_the_earlier_organisation(resolve):
    found = resolve("The European Commission issued a statement. The Commission said talks would resume.")
    orgs = [a for a in found.actors if a.kind == "organization"]
    assert [a.name for a in orgs] == ["European Commission"]
    assert [m.text for m in orgs[0].mentions] == ["European Commission", "Commission"]


def test_organisation_named_after_a_country_keeps_the_country(resolve):
    found = resolve("Researchers from the University of Ghana joined the project.")
    org = next(a for a in found.actors if a.kind == "organization")
    assert (org.name, org.country) == ("University of Ghana", "GHA")


def test_armed_group_is_a_group_in_the_rebel_sector_and_agencies_carry_their_code(resolve):
    found = {a.name: a for a in resolve("Hezbollah fired rockets, the World Health Organization said.").actors}
    assert (found["Hezbollah"].kind, found["Hezbollah"].sector) == ("group", "rebel")
    assert (found["World Health Organization"].country, found["World Health Organization"].sector) == ("WHO", "health")


def test_every_organisation_sector_in_records_is_a_documented_code(resolve):
    from communique.mentions.actor_lexicon import load_sectors

    found = resolve("The IMF, UNIFIL, the G7, Amnesty International and the Taliban met the ICJ.")
    sectors = {a.sector for a in found.actors if a.kind in ("organization", "group")}
    assert sectors and all(s in load_sectors() for s in sectors)
