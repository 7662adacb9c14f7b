"""Engagement precision: a postponed meeting and its headline are one engagement, proposals and
refusals are not engagements, duration bounds and report days are not engagement dates."""

from __future__ import annotations

import pytest

from communique.types import Document


@pytest.fixture(scope="module")
def pipeline():  # type: ignore[no-untyped-def]
    from communique.pipeline import Pipeline

    return Pipeline()


def _read(pipeline, text: str, title: str | None = None, published: str = "2024-03-04"):  # type: ignore[no-untyped-def]
    body = f"{title}\n\n{text}" if title else text
    return pipeline.extract(Document(id="t", text=body, source="-", title=title, published=published))


POSTPONED = (
    "LIMA, March 4, 2024 - A meeting of the trade ministers of Peru, Chile and Bolivia on "
    "lithium exports, scheduled for Thursday in La Paz, has been postponed, the Peruvian "
    "government said on Monday. The talks have stalled repeatedly since 2019."
)


def test_postponed_meeting_and_its_headline_are_one_cancelled_engagement(pipeline) -> None:  # type: ignore[no-untyped-def]
    record = _read(pipeline, POSTPONED, title="Andean lithium talks postponed as Lima and La Paz disagree")
    (engagement,) = record.engagements
    assert engagement.status == "cancelled"
    assert set(engagement.countries) == {"PER", "CHL", "BOL"}
    place = next(p for p in record.places if p.id == engagement.place)
    assert place.name == "La Paz"


def test_planned_weekday_is_the_coming_one_and_since_year_is_no_date(pipeline) -> None:  # type: ignore[no-untyped-def]
    (engagement,) = _read(pipeline, POSTPONED, title="Andean lithium talks postponed").engagements
    assert engagement.date is not None
    assert (engagement.date.value, engagement.date.granularity) == ("2024-03-07", "day")


def test_a_proposed_meeting_is_not_an_engagement(pipeline) -> None:  # type: ignore[no-untyped-def]
    record = _read(pipeline, "Kenya proposed a meeting of the foreign ministers of Uganda and Tanzania next month.")
    assert record.engagements == ()
    assert any(o.type == "proposal" for o in record.outcomes)


def test_refusing_talks_is_not_an_engagement(pipeline) -> None:  # type: ignore[no-untyped-def]
    record = _read(pipeline, '"We will not take part in talks with Serbia," the Kosovar foreign minister said.')
    assert record.engagements == ()


def test_agreeing_to_meet_in_a_month_is_planned_for_the_coming_month(pipeline) -> None:  # type: ignore[no-untyped-def]
    record = _read(
        pipeline,
        "President Ana Ruiz of Chile spoke by telephone with Prime Minister Tom Hale of Australia. "
        "The two leaders agreed to meet in person in Santiago in January.",
        published="2024-09-10",
    )
    planned = [e for e in record.engagements if e.status == "planned"]
    assert len(planned) == 1
    assert planned[0].date is not None and planned[0].date.value == "2025-01"
