"""The places stage: cities, regions and other places, and what is not a place."""

from __future__ import annotations

import pytest

from communique.mentions.geonames import GeonamesIndex
from communique.mentions.place_words import PlaceWords
from communique.mentions.places import PlaceResolver, clean_name
from communique.nlp import Analysis, load_nlp
from communique.nlp.gazetteer import Gazetteer
from communique.types import Document

from conftest import SEED, shared


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver(Gazetteer.load())


def places_of(nlp, resolver, text: str):
    places = resolver(Analysis(Document(id="t", text=text, source="test"), nlp(text)))
    for place in places:
        for span in place.mentions:
            assert text[span.start : span.end] == span.text
    return places


def by_name(places):
    return {p.name: p for p in places}


def test_city_gets_its_country_and_coordinates(nlp, resolver):
    places = by_name(places_of(nlp, resolver, "The ministers met in New Delhi on Monday."))
    delhi = places["New Delhi"]
    assert (delhi.kind, delhi.country) == ("city", "IND")
    assert delhi.lat == pytest.approx(28.6, abs=0.2) and delhi.lon == pytest.approx(77.2, abs=0.2)


def test_the_city_of_is_not_part_of_the_name(nlp, resolver):
    text = "India will open a new consulate in the city of Fukuoka next year."
    fukuoka = by_name(places_of(nlp, resolver, text))["Fukuoka"]
    assert (fukuoka.kind, fukuoka.country) == ("city", "JPN")
    assert [m.text for m in fukuoka.mentions] == ["Fukuoka"]


def test_ambiguous_city_goes_to_the_most_populous(nlp, resolver):
    paris = by_name(places_of(nlp, resolver, "The summit was held in Paris last week."))["Paris"]
    assert paris.country == "FRA"


def test_country_names_are_states_not_places(nlp, resolver):
    text = "India and Japan held talks, and Georgia sent an observer."
    assert places_of(nlp, resolver, text) == ()


def test_region_has_no_country_even_when_it_names_one(nlp, resolver):
    text = "Japan supports the development of the North-East region of India through new projects."
    places = places_of(nlp, resolver, text)
    regions = [p for p in places if p.kind == "region"]
    assert len(regions) == 1 and regions[0].country is None
    assert "North-East" in regions[0].name
    assert all(p.country != "IND" for p in places)


def test_named_sea_is_a_region(nlp, resolver):
    text = "The navies patrolled the South China Sea together."
    (sea,) = places_of(nlp, resolver, text)
    assert (sea.name, sea.kind, sea.country) == ("South China Sea", "region", None)


def test_indo_pacific_is_a_region_even_when_the_model_says_org(nlp, resolver):
    text = "Both sides want a free and open Indo-Pacific, the ministers said."
    places = by_name(places_of(nlp, resolver, text))
    assert places["Indo-Pacific"].kind == "region"
    assert places["Indo-Pacific"].country is None


def test_repeated_place_is_one_place_with_mentions_in_order(nlp, resolver):
    text = "Talks opened in Geneva on Monday. Delegates stayed in Geneva until Friday, then left Geneva."
    places = places_of(nlp, resolver, text)
    assert [p.id for p in places] == ["p1"]
    starts = [m.start for m in places[0].mentions]
    assert len(starts) == 3 and starts == sorted(starts)


def test_ids_follow_first_mention(nlp, resolver):
    text = "The envoy flew from Tokyo to Berlin and then back to Tokyo."
    assert [(p.id, p.name) for p in places_of(nlp, resolver, text)] == [
        ("p1", "Tokyo"),
        ("p2", "Berlin"),
    ]


def test_us_state_is_a_region_in_the_united_states(nlp, resolver):
    (texas,) = places_of(nlp, resolver, "The governor welcomed the delegation to Texas on Friday.")
    assert (texas.name, texas.kind, texas.country) == ("Texas", "region", "USA")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Flooding hit farms across Alberta and the minister flew there on Monday.", "Alberta", "CAN"),
        ("The ministers discussed a new port in Western Australia and lithium mining.", "Western Australia", "AUS"),
        ("Aid reached Aceh after the earthquake, officials said.", "Aceh", "IDN"),
    ],
)
def test_province_or_state_is_a_region_with_its_country(nlp, resolver, text, name, country):
    place = by_name(places_of(nlp, resolver, text))[name]
    assert (place.kind, place.country) == ("region", country)


def test_feature_named_after_a_country_is_one_region(nlp, resolver):
    places = by_name(places_of(nlp, resolver, "Navies patrolled the Gulf of Mexico and the Sea of Japan last year."))
    assert {"Gulf of Mexico", "Sea of Japan"} <= set(places)
    assert places["Sea of Japan"].kind == "region" and "Japan" not in places


def test_bare_feature_word_from_a_treaty_name_is_no_place(nlp, resolver):
    text = "Both governments cited the United Nations Convention on the Law of the Sea on Monday."
    assert "Sea" not in by_name(places_of(nlp, resolver, text))


def test_shoal_or_reef_is_a_place(nlp, resolver):
    text = "A supply boat and a coast guard vessel collided near Second Thomas Shoal on Sunday."
    assert by_name(places_of(nlp, resolver, text))["Second Thomas Shoal"].kind == "place"


def test_capital_acting_is_a_state_not_a_place(nlp, resolver):
    text = "Ministers met in Manila. Beijing has said its ships acted lawfully."
    assert set(by_name(places_of(nlp, resolver, text))) == {"Manila"}


def test_wire_dateline_city_in_capitals_is_a_place(nlp, resolver):
    text = "Ministers to meet next month\n\nNEW DELHI, July 8, 2025 - The ministers will meet in Riyadh."
    places = by_name(places_of(nlp, resolver, text))
    assert (places["New Delhi"].country, places["New Delhi"].mentions[0].text) == ("IND", "NEW DELHI")


def test_surname_after_a_title_is_no_place(nlp, resolver):
    text = "U.S. Secretary of State Marcus Hale met ministers in Cairo. Hale thanked Egypt for its role."
    assert "Hale" not in by_name(places_of(nlp, resolver, text))


@pytest.mark.parametrize(
    ("words", "name"),
    [("the city of Fukuoka", "Fukuoka"), ("the Indo-Pacific's", "Indo-Pacific"), ("Tokyo", "Tokyo")],
)
def test_clean_name_drops_articles_and_possessives(words, name):
    assert clean_name(words) == name


def test_geonames_alternate_names_reach_the_city():
    bombay = GeonamesIndex.load().city("Bombay")
    assert bombay is not None and (bombay.name, bombay.country) == ("Mumbai", "IND")


@pytest.mark.parametrize("written", ["St Petersburg", "St. Petersburg", "Saint Petersburg"])
def test_an_abbreviated_saint_is_one_name_with_the_full_one(written):
    city = GeonamesIndex.load().city(written)
    assert city is not None and city.country == "RUS"


def test_place_word_lists_are_lower_case_single_words():
    words = PlaceWords.load()
    assert "airport" in words.facility and "secretariat" in words.not_place
    for word in words.facility | words.not_place | words.direction:
        assert word == word.casefold() and " " not in word


def test_building_named_after_a_city_is_a_facility_not_the_city(nlp, resolver):
    text = "The two prime ministers held talks at Hyderabad House in New Delhi on Friday."
    places = by_name(places_of(nlp, resolver, text))
    assert "Hyderabad" not in places
    assert places["Hyderabad House"].kind == "place"
    assert places["New Delhi"].country == "IND"


@pytest.mark.parametrize(
    "text",
    [
        "President Joseph R. Biden, Jr. met yesterday with Prime Minister Kishida.",
        "The leaders welcomed President von der Leyen to the talks.",
        "Mounting debt burdens weigh on developing economies. \n  \nMounting debt burdens grow.",
        "We call on all States to prevent proliferation.",
        "They agreed to set up a Secretariat for the initiative.",
    ],
)
def test_people_and_common_words_are_not_places(nlp, resolver, text):
    assert places_of(nlp, resolver, text) == ()


def test_small_city_abroad_is_not_trusted_when_the_text_names_another_country(nlp, resolver):
    text = "Leaders of Indonesia and Australia met in Bali to discuss maritime security."
    for place in places_of(nlp, resolver, text):
        assert place.country in (None, "IDN")


@pytest.mark.slow
def test_seed_article_places():
    text = shared("seeds", SEED.name).read_text(encoding="utf-8")
    resolver = PlaceResolver(Gazetteer.load())
    places = by_name(resolver(Analysis(Document(id="seed", text=text, source="seed"), load_nlp()(text))))
    assert (places["New Delhi"].kind, places["New Delhi"].country) == ("city", "IND")
    assert (places["Fukuoka"].kind, places["Fukuoka"].country) == ("city", "JPN")
    assert (places["Indo-Pacific"].kind, places["Indo-Pacific"].country) == ("region", None)
    assert len(places["Indo-Pacific"].mentions) == 2
    assert "India" not in places and "Japan" not in places


def test_a_translated_alternate_name_is_not_a_city(nlp, resolver):
    places = places_of(nlp, resolver, "The minister met the President at the White House on Monday.")
    assert not any(p.name == "Casablanca" for p in places)
