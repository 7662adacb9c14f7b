"""The packaged gazetteer tables and their lookups."""

from __future__ import annotations

from collections import defaultdict

import pycountry
import pytest

from communique.errors import ResourceError
from communique.nlp import gazetteer_tables as gazetteer_module
from communique.nlp.gazetteer import Gazetteer, normalize

# The UN has 193 member states; pycountry lists territories too, so name the non-members.
NOT_UN_MEMBERS = {
    "ABW", "AIA", "ALA", "ASM", "ATA", "ATF", "BES", "BLM", "BMU", "BVT", "CCK", "COK", "CUW",
    "CXR", "CYM", "ESH", "FLK", "FRO", "GGY", "GIB", "GLP", "GRL", "GUF", "GUM", "HKG", "HMD",
    "IMN", "IOT", "JEY", "MAC", "MAF", "MNP", "MSR", "MTQ", "MYT", "NCL", "NFK", "NIU", "PCN",
    "PRI", "PSE", "PYF", "REU", "SGS", "SHN", "SJM", "SPM", "SXM", "TCA", "TKL", "TWN", "UMI",
    "VAT", "VGB", "VIR", "WLF",
}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def test_load_is_cached(gaz: Gazetteer) -> None:
    assert Gazetteer.load() is gaz


def test_every_un_member_observer_taiwan_and_kosovo_is_present(gaz: Gazetteer) -> None:
    members = {c.alpha_3 for c in pycountry.countries} - NOT_UN_MEMBERS
    assert len(members) == 193
    codes = {c.iso3 for c in gaz.countries}
    assert members | {"VAT", "PSE", "TWN", "XKX"} <= codes


def test_no_name_alias_or_demonym_maps_to_two_countries(gaz: Gazetteer) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for country in gaz.countries:
        for name in (country.name, *country.aliases, *country.demonyms):
            owners[name].add(country.iso3)
    assert {name: iso for name, iso in owners.items() if len(iso) > 1} == {}


def test_every_country_has_a_capital_in_the_city_table(gaz: Gazetteer) -> None:
    missing = [c.iso3 for c in gaz.countries if c.capital and gaz.city(c.capital) is None]
    assert missing == []


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("India", "IND"),
        ("the United States", "USA"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("America's", "USA"),
        ("Britain", "GBR"),
        ("Türkiye", "TUR"),
        ("Burma", "MMR"),
        ("Holland", "NLD"),
        ("Republic of Korea", "KOR"),
        ("ROK", "KOR"),
        ("DPRK", "PRK"),
        ("Japanese", "JPN"),
        ("Emirati", "ARE"),
        ("Filipino", "PHL"),
        ("South Korean", "KOR"),
        ("British", "GBR"),
        ("  united   kingdom ", "GBR"),
        ("IND", "IND"),
        ("JP", "JPN"),
        ("Chinese Taipei", "TWN"),
        ("Kosovar", "XKX"),
    ],
)
def test_country_lookup_by_name_alias_demonym_or_code(gaz: Gazetteer, text: str, iso3: str) -> None:
    found = gaz.country(text)
    assert found is not None and found.iso3 == iso3


@pytest.mark.parametrize("text", ["us", "in", "Us", "ind", "Atlantis", ""])
def test_short_codes_in_lower_case_are_not_countries(gaz: Gazetteer, text: str) -> None:
    assert gaz.country(text) is None


def test_country_by_code(gaz: Gazetteer) -> None:
    assert gaz.country_by_code("JPN").name == "Japan"  # type: ignore[union-attr]
    assert gaz.country_by_code("ZZZ") is None


def test_ambiguous_city_resolves_to_the_most_populous(gaz: Gazetteer) -> None:
    assert gaz.city("Hyderabad").country == "IND"  # type: ignore[union-attr]
    assert gaz.city("Geneva").country == "CHE"  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "iso3"), [("Fukuoka", "JPN"), ("New Delhi", "IND"), ("Davos", "CHE"), ("Sao Paulo", "BRA")])
def test_city_lookup(gaz: Gazetteer, text: str, iso3: str) -> None:
    city = gaz.city(text)
    assert city is not None and city.country == iso3 and -90 <= city.lat <= 90


@pytest.mark.parametrize(
    ("text", "code"),
    [("the United Nations", "UN"), ("U.N.", "UN"), ("the Quad", "QUAD"), ("Group of Seven", "G7"),
     ("G-7", "G7"), ("E.U.", "EU"), ("Nato", "NATO"), ("WHO", "WHO"), ("Red Cross", "ICRC")],
)
def test_organization_lookup(gaz: Gazetteer, text: str, code: str) -> None:
    org = gaz.organization(text)
    assert org is not None and org.code == code
    assert gaz.organization_by_code(code) is org


def test_who_in_lower_case_is_not_an_organization(gaz: Gazetteer) -> None:
    assert gaz.organization("who") is None


def test_indo_pacific_is_a_region_not_an_organization(gaz: Gazetteer) -> None:
    assert gaz.region("Indo-Pacific").id == "indo_pacific"  # type: ignore[union-attr]
    assert gaz.organization("Indo-Pacific") is None
    assert gaz.region("Northeast India") == gaz.region("North-East region of India")


@pytest.mark.parametrize(
    ("text", "title_id", "country"),
    [
        ("EAM", "external_affairs_minister", "IND"),
        ("External Affairs Minister", "external_affairs_minister", "IND"),
        ("Defense Minister", "defence_minister", None),
        ("Japanese Defense Minister", "defence_minister", None),
        ("Prime Minister of India", "prime_minister", None),
        ("Taoiseach", "taoiseach", "IRL"),
        ("Secretary of State", "secretary_of_state", None),
        ("foreign minister", "foreign_minister", None),
        ("Minister of State", "minister_of_state", None),
        ("National Security Advisor", "national_security_adviser", None),
    ],
)
def test_title_lookup(gaz: Gazetteer, text: str, title_id: str, country: str | None) -> None:
    title = gaz.title(text)
    assert title is not None and title.id == title_id and title.country == country


def test_title_lookup_of_a_non_title_is_none(gaz: Gazetteer) -> None:
    assert gaz.title("the weather today") is None


def test_normalize_drops_article_possessive_dots_and_case() -> None:
    assert normalize(" The  U.K.’s ") == "uk"


def test_bad_row_raises_resource_error_naming_file_and_line(monkeypatch: pytest.MonkeyPatch) -> None:
    class Fake:
        def __truediv__(self, name: str) -> "Fake":
            return self

        def read_text(self, encoding: str) -> str:
            return "id\tname\taliases\nok\tOk\t\nbroken\tBroken\n"

    monkeypatch.setattr(gazetteer_module.resources, "files", lambda package: Fake())
    with pytest.raises(ResourceError, match=r"regions\.tsv:3"):
        gazetteer_module._read("regions.tsv", ("id", "name", "aliases"), gazetteer_module._region)
