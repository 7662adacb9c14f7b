"""Quotes scored on the PolNeAR dev split with the shared scorer (reads ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.evaluate.quotes import evaluate_polnear

EVAL_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval-data"


@pytest.mark.slow
def test_polnear_dev_direct_quotes_stay_above_their_floor():
    if not (EVAL_DATA / "polnear-attribution" / "dev").is_dir():
        pytest.skip("PolNeAR is not available next to the repository")
    report = evaluate_polnear("dev", EVAL_DATA)
    assert report.key == "quotes/polnear/dev"
    assert report.metric("f1").value >= 0.92
    assert report.metric("speaker_accuracy").value >= 0.91
