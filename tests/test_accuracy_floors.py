"""CI gate: no figure in docs/accuracy.md's Floors table may drop below its floor."""

from __future__ import annotations

from functools import lru_cache

import pytest

from communique.evaluate import docs
from communique.evaluate.registry import EVALUATIONS
from communique.evaluate.report import Report

from conftest import ROOT, shared

ACCURACY = ROOT / "docs" / "accuracy.md"
FLOORS = docs.floors(ACCURACY)


@lru_cache(maxsize=None)
def measured(key: str) -> Report:
    task, dataset, split = key.split("/")
    (evaluation,) = [e for e in EVALUATIONS if (e.task, e.dataset) == (task, dataset)]
    return evaluation.run(split, shared("eval-data"))


def test_floors_table_is_not_empty():
    assert len(FLOORS) >= 5


def test_every_floor_names_a_known_evaluation():
    known = {(e.task, e.dataset) for e in EVALUATIONS}
    for floor in FLOORS:
        task, dataset, _ = floor.key.split("/")
        assert (task, dataset) in known, floor


@pytest.mark.slow
@pytest.mark.parametrize("floor", FLOORS, ids=lambda f: f"{f.key}:{f.metric}")
def test_figure_stays_at_or_above_its_floor(floor):
    value = measured(floor.key).metric(floor.metric).value
    assert value >= floor.floor, f"{floor.key} {floor.metric} fell to {value:.3f} (floor {floor.floor})"


def test_docs_update_replaces_a_reports_section_and_keeps_prose(tmp_path):
    from communique.evaluate.report import Metric

    path = tmp_path / "accuracy.md"
    path.write_text("# Accuracy\n\nHand-written prose.\n", encoding="utf-8")
    docs.update(path, [Report("quotes", "polnear", "dev", (Metric("f1", 0.5),))])
    docs.update(path, [Report("quotes", "polnear", "dev", (Metric("f1", 0.75),))])
    text = path.read_text(encoding="utf-8")
    assert "Hand-written prose." in text
    assert text.count("<!-- report quotes/polnear/dev -->") == 1
    assert "0.750" in text and "0.500" not in text
