"""Actors, places and dates on the demo texts, scored against hand-written gold."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from communique.errors import EvaluationError
from communique.evaluate.mentions import GOLD, evaluate_demo

# A little under what the resolvers reach (docs/places-and-dates.md): a drop fails.
FLOORS = {
    "person_precision": 0.95,
    "person_recall": 0.97,
    "person_role_accuracy": 0.95,
    "person_country_accuracy": 0.85,
    "state_precision": 0.96,
    "state_recall": 0.97,
    "organization_precision": 0.88,
    "organization_recall": 0.78,
    "place_precision": 0.9,
    "place_recall": 0.9,
    "place_country_accuracy": 0.87,
    "date_precision": 0.97,
    "date_recall": 0.96,
    "date_value_accuracy": 0.96,
}


@pytest.fixture(scope="module")
def report():
    return evaluate_demo("all", Path("."))


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_demo_mentions_stay_above_floor(report, name):
    assert report.metric(name).value >= FLOORS[name], report.metric(name)


def test_demo_gold_is_well_formed():
    golds = json.loads(GOLD.read_text(encoding="utf-8"))["documents"]
    iso3 = re.compile(r"^[A-Z]{3}$")
    for gold in golds:
        assert all(iso3.match(code) for code in gold["states"]), gold["file"]
        for place in gold["places"]:
            assert place["kind"] in {"city", "region", "place"}
        for date in gold["dates"]:
            assert date["value"] is None or date["granularity"] == {4: "year", 7: "month", 10: "day"}[len(date["value"])]


def test_demo_evaluation_has_one_split():
    with pytest.raises(EvaluationError):
        evaluate_demo("dev", Path("."))
