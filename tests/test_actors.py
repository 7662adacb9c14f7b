"""The actor stage on sentences written for these tests, one pattern each."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.stages import ActorsFound
from communique.types import Actor

SEED = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds" / "000_68320bcffdf0db96.txt"


def people(found: ActorsFound) -> dict[str, Actor]:
    return {a.name: a for a in found.actors if a.kind == "person"}


def states(found: ActorsFound) -> dict[str, Actor]:
    return {a.country or "": a for a in found.actors if a.kind == "state"}


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        ("External Affairs Minister S Jaishankar arrived in Paris.", "S. Jaishankar", "External Affairs Minister", "IND"),
        ("EAM Jaishankar met the press.", "Jaishankar", "External Affairs Minister", "IND"),
        ("Prime Minister Lee Hsien Loong of Singapore spoke first.", "Lee Hsien Loong", "Prime Minister", "SGP"),
        ("The host was the Japanese Defense Minister, Kihara Minoru, who spoke.", "Kihara Minoru", "Defense Minister", "JPN"),
        ("India's Prime Minister Narendra Modi addressed the summit.", "Narendra Modi", "Prime Minister", "IND"),
        ("Kihara Minoru, the Japanese Defense Minister, opened the talks.", "Kihara Minoru", "Defense Minister", "JPN"),
    ],
)
def test_title_name_patterns_give_name_role_and_country(resolve, text, name, role, country):
    person = people(resolve(text))[name]
    assert (person.role, person.country) == (role, country)


def test_president_without_country_words_keeps_country_unknown(resolve):
    # A name in no table of well-known figures: the text alone cannot tell the country.
    person = people(resolve("President Tamsin Okorafor welcomed the delegation."))["Tamsin Okorafor"]
    assert person.role == "President" and person.country is None


def test_surname_mention_resolves_to_earlier_full_name(resolve):
    found = resolve("Foreign Minister Kamikawa Yoko arrived on Monday. Kamikawa later met reporters.")
    person = people(found)["Kamikawa Yoko"]
    assert [m.text for m in person.mentions] == ["Kamikawa Yoko", "Kamikawa"]


def test_single_letter_initial_gets_a_dot_in_the_canonical_name(resolve):
    found = resolve("Minister S Jaishankar spoke. Jaishankar then left.")
    assert "S. Jaishankar" in people(found)


def test_possessive_country_before_a_surname_gives_the_country(resolve):
    found = resolve("Foreign Minister Kamikawa Yoko smiled. The talks then turned to Japan's Kamikawa.")
    assert people(found)["Kamikawa Yoko"].country == "JPN"


def test_represented_country_goes_to_the_subject_persons(resolve):
    found = resolve(
        "Foreign Minister Kamikawa Yoko and Defense Minister Kihara Minoru represented Japan at the meeting."
    )
    assert {n: a.country for n, a in people(found).items()} == {"Kamikawa Yoko": "JPN", "Kihara Minoru": "JPN"}


def test_side_phrase_gives_the_country_of_the_side(resolve):
    found = resolve("Defence Minister Rajnath Singh participated from the Indian side.")
    assert people(found)["Rajnath Singh"].country == "IND"


def test_country_title_without_name_is_a_person_linked_when_the_name_follows(resolve):
    found = resolve("Singapore's Prime Minister arrived on Monday. Prime Minister Lee Hsien Loong of Singapore then spoke.")
    persons = people(found)
    assert list(persons) == ["Lee Hsien Loong"]
    assert persons["Lee Hsien Loong"].mentions[0].text == "Prime Minister"


def test_country_title_alone_is_a_person_with_role_and_country(resolve):
    found = resolve("Singapore's Prime Minister arrived in Tokyo on Monday.")
    (person,) = people(found).values()
    assert (person.role, person.country) == ("Prime Minister", "SGP")


def test_transcript_speaker_labels_are_persons(resolve):
    found = resolve("PRESIDENT BIDEN: Thank you all for coming.\nMR. KIRBY: Next question.\nQ: What about trade?\n")
    persons = people(found)
    assert set(persons) == {"Biden", "Kirby"}
    assert persons["Biden"].role == "President"
    assert not states(found), "MR. is an honorific, not Mauritania"


def test_dyad_compound_names_both_states(resolve):
    found = resolve("The India-Japan dialogue met in Tokyo.")
    assert set(states(found)) == {"IND", "JPN"}


def test_demonym_counts_as_a_mention_of_its_state(resolve):
    found = resolve("Japanese officials welcomed the plan.")
    assert [m.text for m in states(found)["JPN"].mentions] == ["Japanese"]


@pytest.mark.parametrize(
    "text",
    [
        "The White House issued a statement on Monday.",
        "India will open a new Consulate in Fukuoka.",
        "The India-Japan Act East Forum met in Delhi.",
        "Both sides praised the India-Japan Strategic and Global Partnership.",
        "The External Affairs Minister spoke for External Affairs.",
    ],
)
def test_buildings_offices_and_forums_are_not_organisations(resolve, text):
    assert [a.name for a in resolve(text).actors if a.kind in ("organization", "group")] == []


def test_ministry_and_national_army_are_organisations_with_sector(resolve):
    found = resolve("The Indian Army and the Ministry of Defence signed a contract.")
    orgs = {a.name: a for a in found.actors if a.kind == "organization"}
    assert orgs["Indian Army"].sector == "military" and orgs["Indian Army"].country == "IND"
    assert orgs["Ministry of Defence"].sector == "government"


def test_known_organisation_carries_its_code(resolve):
    (org,) = [a for a in resolve("NATO leaders met in Brussels.").actors if a.kind == "organization"]
    assert org.country == "NATO"


def test_collective_reference_stands_for_the_states_of_the_sentence(resolve):
    found = resolve("India and Japan met in Tokyo. The two sides agreed to cooperate.")
    (reference,) = found.references
    ids = {a.id: a.country for a in found.actors}
    assert reference.span.text == "The two sides"
    assert {ids[i] for i in reference.actors} == {"IND", "JPN"}


def test_actor_ids_follow_first_mention_and_mentions_are_in_order(resolve):
    found = resolve("Japan and India met. Prime Minister Modi of India spoke, and Japan agreed.")
    assert [a.id for a in found.actors] == [f"a{i}" for i in range(1, len(found.actors) + 1)]
    firsts = [a.mentions[0].start for a in found.actors]
    assert firsts == sorted(firsts)
    for actor in found.actors:
        assert [m.start for m in actor.mentions] == sorted(m.start for m in actor.mentions)


def test_former_title_is_not_the_current_role(resolve):
    person = people(resolve("Former President Obama spoke in Chicago."))["Obama"]
    assert person.role is None


def test_states_have_the_government_sector_and_iso3_country(resolve):
    india = states(resolve("India welcomed the decision."))["IND"]
    assert (india.name, india.sector) == ("India", "government")


@pytest.mark.slow
def test_seed_article_gives_exactly_four_people_and_two_states(resolve):
    if not SEED.is_file():
        pytest.skip("shared seed article not available")
    found = resolve(SEED.read_text(encoding="utf-8"))
    assert {(a.name, a.role, a.country) for a in found.actors if a.kind == "person"} == {
        ("S. Jaishankar", "External Affairs Minister", "IND"),
        ("Rajnath Singh", "Defence Minister", "IND"),
        ("Kamikawa Yoko", "Foreign Minister", "JPN"),
        ("Kihara Minoru", "Defense Minister", "JPN"),
    }
    assert set(states(found)) == {"IND", "JPN"}
    names = {a.name for a in found.actors if a.kind in ("organization", "group")}
    assert not names & {"Indo-Pacific", "EAM", "External Affairs", "Consulate"}
    assert all(set(r.actors) == {states(found)["IND"].id, states(found)["JPN"].id} for r in found.references)


def test_untitled_name_after_a_locative_preposition_is_a_place_not_a_person(resolve):
    found = resolve("Thousands marched in Lyon on Sunday. President Macron said he was concerned.")
    assert list(people(found)) == ["Macron"]


@pytest.mark.parametrize(
    "text",
    [
        "Japan will give two patrol vessels to strengthen law enforcement in the Gulf of Thailand.",
        "Fishing boats crowded the Sea of Japan while Korea and China talked.",
    ],
)
def test_country_naming_a_sea_or_gulf_is_no_state(resolve, text):
    found = states(resolve(text))
    named = text.split(" of ")[1].split()[0].rstrip(".")
    assert all(a.name != named for a in found.values())


def test_regnal_numbers_keep_their_capitals():
    from communique.mentions.actor_names import canonical

    assert canonical(("Abdullah", "II")) == "Abdullah II"
    assert canonical(("KING", "ABDULLAH", "II")) == "King Abdullah II"


def test_a_name_ends_at_its_possessive():
    import communique

    record = communique.extract(
        "Readout of National Security Advisor Jake Sullivan’s Meeting with Prime Minister "
        "Frank Bainimarama of Fiji\n\nNational Security Advisor Jake Sullivan met today with "
        "Prime Minister Frank Bainimarama of Fiji."
    )
    people = sorted(a.name for a in record.actors if a.kind == "person")
    assert people == ["Frank Bainimarama", "Jake Sullivan"]
