"""Venues: the dateline city hosts the day's meetings that name no place; a place in another
clause ("before flying to") is no venue; a building's city and a relative clause's place are."""

from __future__ import annotations

import pytest

from communique.types import Document, Record


@pytest.fixture(scope="module")
def pipeline():  # type: ignore[no-untyped-def]
    from communique.pipeline import Pipeline

    return Pipeline()


def _read(pipeline, text: str, published: str = "2024-10-14") -> Record:  # type: ignore[no-untyped-def]
    return pipeline.extract(Document(id="t", text=text, source="-", published=published))


def _place(record: Record, kind: str) -> str | None:
    engagement = next(e for e in record.engagements if e.kind == kind)
    return next((p.name for p in record.places if p.id == engagement.place), None)


def test_meeting_with_no_place_of_its_own_takes_the_dateline_city(pipeline) -> None:  # type: ignore[no-untyped-def]
    record = _read(pipeline, (
        "LISBON, October 14, 2024 - Chilean President Ana Rojas was received at the Royal Palace "
        "by the King. Later the two leaders held a private meeting on fisheries."
    ))
    assert _place(record, "meeting") == "Lisbon"


def test_call_takes_no_venue_from_the_dateline(pipeline) -> None:  # type: ignore[no-untyped-def]
    record = _read(pipeline, (
        "LISBON, October 14, 2024 - Norwegian Prime Minister Jonas Berg spoke by phone with "
        "Chilean President Ana Rojas about salmon exports."
    ))
    assert _place(record, "call") is None


def test_place_after_before_clause_is_not_the_venue(pipeline) -> None:  # type: ignore[no-untyped-def]
    record = _read(pipeline, (
        "Foreign Minister Lena Park met Prime Minister Tomas Vidal at the presidential palace "
        "on Monday before flying to Lisbon."
    ))
    assert _place(record, "meeting") != "Lisbon"


def test_summit_hosted_in_a_relative_clause_is_placed_there(pipeline) -> None:  # type: ignore[no-untyped-def]
    record = _read(pipeline, (
        "The ministers discussed the coming Arctic summit, which Norway will host in Tromsø in March."
    ))
    assert _place(record, "summit") == "Tromsø"
