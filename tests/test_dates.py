"""The dates stage: which words are dates, and the value and granularity each one gets."""

from __future__ import annotations

from datetime import date

import pytest

from communique.mentions.dates import DateResolver
from communique.mentions.datevalues import DateValueParser
from communique.nlp import Analysis, load_nlp
from communique.types import Document

from conftest import SEED, shared


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.fixture(scope="module")
def resolver():
    return DateResolver()


def dates_of(nlp, resolver, text: str, published: str | None = None) -> list[tuple[str, str, str]]:
    document = Document(id="t", text=text, source="test", published=published)
    found = resolver(Analysis(document, nlp(text)))
    for d in found:
        assert text[d.span.start : d.span.end] == d.text == d.span.text
    return [(d.text, d.value, d.granularity) for d in found]


def values_of(nlp, resolver, text: str, published: str | None = None) -> list[str]:
    return [value for _, value, _ in dates_of(nlp, resolver, text, published)]


def test_weekday_with_parenthesised_date_is_that_day_without_document_date(nlp, resolver):
    text = "The ministers met in Tokyo on Tuesday (August 20, 2024), officials said."
    assert dates_of(nlp, resolver, text) == [("Tuesday (August 20, 2024)", "2024-08-20", "day")]


def test_weekday_and_yearless_day_take_the_year_of_the_document(nlp, resolver):
    text = "On Saturday, December 9, the two leaders met in Riyadh."
    assert values_of(nlp, resolver, text, "2023-12-12") == ["2023-12-09"]


def test_yearless_day_prefers_the_year_where_the_weekday_matches(nlp, resolver):
    # 9 December was a Saturday in 2023, not in 2024: a January 2024 report means 2023.
    text = "On Saturday, December 9, the two leaders met in Riyadh."
    assert values_of(nlp, resolver, text, "2024-01-05") == ["2023-12-09"]


def test_yesterday_is_the_day_before_the_document_date(nlp, resolver):
    text = "The foreign minister said yesterday that the talks had gone well."
    assert dates_of(nlp, resolver, text, "2021-11-19") == [("yesterday", "2021-11-18", "day")]


def test_relative_expressions_without_document_date_get_no_value(nlp, resolver):
    text = "The foreign minister said yesterday that they met on Tuesday."
    assert dates_of(nlp, resolver, text) == []


def test_bare_weekday_in_past_report_is_last_such_day_on_or_before_document_date(nlp, resolver):
    # 2021-11-19 is a Friday; the Tuesday before it is the 16th.
    text = "The two delegations met on Tuesday in Geneva."
    assert values_of(nlp, resolver, text, "2021-11-19") == ["2021-11-16"]


def test_bare_weekday_in_future_clause_is_the_next_such_day(nlp, resolver):
    text = "The two delegations will meet again on Tuesday in Geneva."
    assert values_of(nlp, resolver, text, "2021-11-19") == ["2021-11-23"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agreement was signed in August 2024 in Hanoi.", ("August 2024", "2024-08", "month")),
        ("The embassy opened in 2019 after long talks.", ("2019", "2019", "year")),
        ("They met on 20 August 2024 in Tokyo.", ("20 August 2024", "2024-08-20", "day")),
        ("The memorandum is dated 2024-08-20.", ("2024-08-20", "2024-08-20", "day")),
    ],
)
def test_absolute_dates_keep_their_granularity(nlp, resolver, text, expected):
    assert dates_of(nlp, resolver, text) == [expected]


def test_year_tagged_as_a_number_is_still_a_year(nlp, resolver):
    text = "With 2024 marking the 10th anniversary of the partnership, the ministers met."
    assert dates_of(nlp, resolver, text) == [("2024", "2024", "year")]


def test_durations_and_anniversaries_are_not_dates(nlp, resolver):
    text = (
        "After two years of talks and decades of mistrust, the sides marked the 10th "
        "anniversary of the accord."
    )
    assert dates_of(nlp, resolver, text, "2022-05-01") == []


def test_we_and_two_plus_two_are_not_dates(nlp, resolver):
    text = "We discussed the 2+2 dialogue. We agreed to meet again."
    assert dates_of(nlp, resolver, text, "2024-08-21") == []


@pytest.mark.parametrize(
    "text",
    ["Police said 2000 protesters gathered outside the embassy.", "Vision 2030 was discussed."],
)
def test_numbers_in_names_and_counts_are_not_years(nlp, resolver, text):
    assert dates_of(nlp, resolver, text) == []


def test_year_after_a_month_keeps_the_month(nlp, resolver):
    assert values_of(nlp, resolver, "The accord was signed in May 2019 in Hanoi.") == ["2019-05"]


def test_ids_follow_text_order(nlp, resolver):
    document = Document(
        id="t", text="They met in May 2019 and again on 3 June 2021.", source="test"
    )
    found = resolver(Analysis(document, nlp(document.text)))
    assert [(d.id, d.value) for d in found] == [("d1", "2019-05"), ("d2", "2021-06-03")]


@pytest.mark.parametrize(
    ("text", "value", "granularity"),
    [
        ("last week", "2021-11", "month"),
        ("next month", "2021-12", "month"),
        ("earlier this month", "2021-11", "month"),
        ("late last year", "2020", "year"),
        ("two days ago", "2021-11-17", "day"),
        ("this year", "2021", "year"),
        ("mid-2022", "2022", "year"),
        ("Aug. 20", "2021-08-20", "day"),
    ],
)
def test_relative_and_hedged_expressions(text, value, granularity):
    found = DateValueParser().resolve(text, date(2021, 11, 19))
    assert found is not None
    assert (found.value, found.granularity) == (value, granularity)


@pytest.mark.parametrize("text", ["the 1990s", "the past decade", "the 21st century", "weeks"])
def test_decades_centuries_and_vague_periods_get_no_value(text):
    assert DateValueParser().resolve(text, date(2021, 11, 19)) is None


@pytest.mark.slow
def test_seed_article_meeting_day_is_found(nlp, resolver):
    text = shared("seeds", SEED.name).read_text(encoding="utf-8")
    found = dates_of(nlp, resolver, text)
    assert ("Tuesday (August 20, 2024)", "2024-08-20", "day") in found
    assert ("2024", "2024", "year") in found
    assert all(value.startswith("2024") for _, value, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister paid an official visit to Japan from 19 to 22 May 2025.",
        "The delegation toured the region May 19-22, 2025, officials said.",
    ],
)
def test_range_of_days_is_its_first_day(nlp, resolver, text):
    assert values_of(nlp, resolver, text) == ["2025-05-19"]


@pytest.mark.parametrize("words", ["later in the year", "by the middle of the year", "before the end of the year"])
def test_part_of_the_year_is_the_document_year(nlp, resolver, words):
    text = f"The crown prince is expected to visit India {words}, officials said."
    assert values_of(nlp, resolver, text, "2025-07-08") == ["2025"]
    assert values_of(nlp, resolver, text) == []


def test_relative_unit_inside_a_longer_expression_dates_it(nlp, resolver):
    text = "She urged them to return to the table before the flood season next year."
    assert values_of(nlp, resolver, text, "2025-11-03") == ["2026"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A meeting of water ministers, scheduled for Wednesday in Khartoum, has been postponed.", "2025-11-05"),
        ("The minister is due to fly to Singapore on Thursday for talks.", "2025-11-06"),
    ],
)
def test_scheduled_or_due_weekday_is_the_next_one(nlp, resolver, text, expected):
    assert values_of(nlp, resolver, text, "2025-11-03") == [expected]
