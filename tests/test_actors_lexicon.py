"""The actor word lists, the sector code list and the name helpers, without a parse."""

from __future__ import annotations

import pytest

from communique.mentions.actor_lexicon import load_actor_lexicon, load_sectors
from communique.mentions.actor_names import canonical, cluster_names, fullest


def test_every_org_head_sector_is_a_documented_sector_code():
    sectors = load_sectors()
    assert set(load_actor_lexicon().org_heads.values()) <= set(sectors.sectors)


def test_sector_list_has_the_codes_records_use():
    sectors = load_sectors()
    for code in ("government", "military", "diplomatic", "legislature", "judiciary", "police",
                 "intelligence", "business", "civil_society", "media", "education", "religious",
                 "opposition", "rebel", "international"):  # fmt: skip
        assert code in sectors
    assert set(sectors.by_cameo("GOV")) == {"government", "diplomatic"}


@pytest.mark.parametrize(
    ("name", "sector"),
    [("Ministry of Defence", "government"), ("Indian Air Force", "military"), ("Bank of Japan", "business"),
     ("Congress Party", "party"), ("Supreme Court", "judiciary")],
)
def test_org_sector_comes_from_the_last_head_word(name, sector):
    assert load_actor_lexicon().org_sector(name) == sector


@pytest.mark.parametrize("name", ["White House", "the Consulate", "Defense", "External Affairs", "US Embassy"])
def test_buildings_and_bare_offices_are_recognised(name):
    assert load_actor_lexicon().is_building_or_office(name)


def test_forums_and_partnerships_are_not_actors():
    lexicon = load_actor_lexicon()
    assert lexicon.is_not_actor("India-Japan Act East Forum")
    assert lexicon.is_not_actor("Strategic and Global Partnership")
    assert not lexicon.is_not_actor("Ministry of External Affairs")


@pytest.mark.parametrize(
    ("form", "name"),
    [(("S", "Jaishankar"), "S. Jaishankar"), (("BIDEN",), "Biden"), (("JEAN-PIERRE",), "Jean-Pierre"),
     (("Kamikawa", "Yoko"), "Kamikawa Yoko")],
)
def test_canonical_name_dots_initials_and_fixes_shouted_case(form, name):
    assert canonical(form) == name


def test_surname_joins_the_full_name_and_ambiguous_surname_joins_the_nearest():
    forms = [("Rajnath", "Singh"), ("Manmohan", "Singh"), ("Singh",), ("Rajnath",)]
    assert cluster_names(forms) == [0, 1, 1, 0]


def test_a_familiar_given_name_joins_the_full_one():
    nicknames = load_actor_lexicon().nicknames
    forms = [("Bill", "Okafor"), ("William", "T.", "Okafor"), ("Jim", "Okafor")]
    assert cluster_names(forms, nicknames) == [0, 0, 1]
    assert cluster_names(forms) == [0, 1, 2]


def test_fullest_form_prefers_more_words_then_mixed_case():
    assert fullest([("BIDEN",), ("Joe", "Biden"), ("Biden",)]) == ("Joe", "Biden")
    assert fullest([("BIDEN",), ("Biden",)]) == ("Biden",)
