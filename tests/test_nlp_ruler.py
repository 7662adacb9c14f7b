"""The gazetteer entity ruler in `load_nlp()`: labels, ids, tokenisation and ner around it."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from communique.nlp import load_nlp
from communique.nlp.gazetteer import Gazetteer
from communique.nlp.ruler import gazetteer_patterns

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def ents(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.ent_id_) for e in nlp(text).ents]


def test_ruler_runs_before_ner(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names.index("entity_ruler") < names.index("ner")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India-Japan ties", [("India", "GPE", "country:IND"), ("Japan", "GPE", "country:JPN")]),
        ("the U.S.-Philippines alliance", [("U.S.", "GPE", "country:USA"), ("Philippines", "GPE", "country:PHL")]),
        ("US-China trade", [("US", "GPE", "country:USA"), ("China", "GPE", "country:CHN")]),
    ],
)
def test_hyphenated_country_pairs_match_each_country(nlp: Language, text: str, expected: list) -> None:
    assert [e for e in ents(nlp, text) if e[1] == "GPE"] == expected


def test_region_is_loc_not_org(nlp: Language) -> None:
    found = ents(nlp, "Both sides backed a free and open Indo-Pacific.")
    assert ("Indo-Pacific", "LOC", "region:indo_pacific") in found


def test_demonym_is_norp_with_country_id(nlp: Language) -> None:
    assert ("Emirati", "NORP", "country:ARE") in ents(nlp, "The Emirati delegation arrived on Monday.")


def test_city_is_gpe_with_country_in_id(nlp: Language) -> None:
    assert ("Osaka", "GPE", "city:JPN:Osaka") in ents(nlp, "The summit will be held in Osaka.")


def test_organization_alias_gets_org_code(nlp: Language) -> None:
    found = ents(nlp, "Ministers of the Quad met on the sidelines of the Group of Seven.")
    assert ("Quad", "ORG", "org:QUAD") in found
    assert ("Group of Seven", "ORG", "org:G7") in found


def test_title_is_separate_from_the_person_it_precedes(nlp: Language) -> None:
    found = ents(nlp, "Foreign Minister Penny Wong met Defence Minister Richard Marles in Canberra.")
    assert ("Foreign Minister", "TITLE", "title:foreign_minister") in found
    assert ("Defence Minister", "TITLE", "title:defence_minister") in found
    people = [text for text, label, _ in found if label == "PERSON"]
    assert all("Minister" not in person for person in people)
    assert people  # ner still finds the people around the ruler's spans


def test_capitalised_and_lower_case_titles_match(nlp: Language) -> None:
    found = ents(nlp, "SECRETARY RUBIO: Thank you. The foreign minister agreed.")
    assert ("SECRETARY", "TITLE", "title:secretary") in found
    assert ("foreign minister", "TITLE", "title:foreign_minister") in found


def test_common_words_are_not_lower_case_titles(nlp: Language) -> None:
    labels = {label for _, label, _ in ents(nlp, "In general, the official said the judge would speak.")}
    assert "TITLE" not in labels


def test_pronoun_us_is_not_a_country(nlp: Language) -> None:
    assert all(e[2] != "country:USA" for e in ents(nlp, "Let us discuss it with them."))


def test_each_surface_form_has_one_label() -> None:
    seen: dict[str, str] = {}
    for pattern in gazetteer_patterns(Gazetteer.load()):
        assert seen.setdefault(pattern["pattern"], pattern["id"]) == pattern["id"]


@pytest.mark.slow
def test_seed_article_entities() -> None:
    seeds = sorted((SHARED / "seeds").glob("*.txt")) if SHARED.is_dir() else []
    if not seeds:
        pytest.skip("../shared/seeds is not available")
    doc = load_nlp()(seeds[0].read_text(encoding="utf-8"))
    found = {(e.text, e.label_) for e in doc.ents}
    assert ("Indo-Pacific", "LOC") in found
    assert {("EAM", "TITLE"), ("External Affairs Minister", "TITLE"), ("Japanese", "NORP")} <= found
    assert {("Kihara Minoru", "PERSON"), ("Rajnath Singh", "PERSON")} <= found


def test_a_blank_line_always_ends_a_sentence():
    from communique.nlp import load_nlp

    doc = load_nlp()("Talks postponed as rivals trade blame\n\nThe ministers will not meet this week.")
    assert [s.text.strip() for s in doc.sents][0] == "Talks postponed as rivals trade blame"


def test_a_single_line_break_does_not_force_a_sentence():
    from communique.nlp import load_nlp

    doc = load_nlp()("The ministers of the two countries\nmet in Hanoi on Tuesday.")
    assert len(list(doc.sents)) == 1
