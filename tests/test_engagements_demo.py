"""The demo corpus scored against the hand-written gold (slow: runs the pipeline on every text)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    from communique.evaluate.engagements import evaluate_demo

    # The gold kept with these tests, given as the data directory.
    return evaluate_demo("dev", Path(__file__).resolve().parent / "fixtures" / "diplomacy")


def test_demo_engagements_are_found_with_few_extras(report) -> None:  # type: ignore[no-untyped-def]
    assert report.metric("engagement_precision").value >= 0.75
    assert report.metric("engagement_recall").value >= 0.75


def test_matched_demo_engagements_have_their_status_and_date(report) -> None:  # type: ignore[no-untyped-def]
    assert report.metric("status").value >= 0.88
    assert report.metric("date").value >= 0.75


def test_demo_main_outcomes_are_found_once(report) -> None:  # type: ignore[no-untyped-def]
    assert report.metric("outcome_recall").value >= 0.78
    assert report.metric("outcome_duplicates").value <= 2
