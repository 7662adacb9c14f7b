"""The event evaluations run end to end on the public gold sets (skipped when absent)."""

from __future__ import annotations

import pytest

from communique.evaluate import registry
from communique.evaluate.event_sets import default_data_dir, plover_gsr
from communique.evaluate.events import macro_f1, penta_class

pytestmark = pytest.mark.slow

EVENT_SETS = sorted(e.dataset for e in registry.EVALUATIONS if e.task == "events")


def _need_data() -> None:
    if not (default_data_dir() / "plover-gsr-cameo").is_dir():
        pytest.skip("../shared/eval-data is not beside the checkout")


def test_macro_f1_of_perfect_and_empty_predictions() -> None:
    assert macro_f1(["A", "B"], ["A", "B"]) == 1.0
    assert macro_f1(["A", "B"], ["-", "-"]) == 0.0


def test_no_event_reads_as_neutral_statement_class() -> None:
    assert penta_class(None) == "0"


def test_plover_gsr_splits_are_the_two_halves_of_the_records() -> None:
    _need_data()
    dev, test = plover_gsr(default_data_dir(), "dev"), plover_gsr(default_data_dir(), "test")
    # The file codes some sentences twice, so the halves split records, not texts.
    assert len(dev) == len(test) == 161
    assert "DEMAND" not in {i.type for i in dev + test}


def test_plover_gsr_dev_type_accuracy_stays_above_floor() -> None:
    _need_data()
    report = registry.find("events", "plover-gsr-cameo")[0].run("dev", default_data_dir())
    assert report.metric("type_accuracy").value >= 0.6
    assert report.metric("type_accuracy").n == 161


def test_every_event_set_is_registered() -> None:
    assert len(EVENT_SETS) == 5


@pytest.mark.parametrize("name", EVENT_SETS)
def test_every_event_evaluation_returns_proportions(name: str) -> None:
    _need_data()
    evaluation = registry.find("events", name)[0]
    report = evaluation.run(evaluation.default_split, default_data_dir())
    assert report.task == "events"
    assert all(0.0 <= m.value <= 1.0 for m in report.metrics)
