"""Generalisation check: short news sentences written before the round-7 rule changes and
never used to tune them (tests/fixtures/events/heldout.tsv), one PLOVER type or "-" each."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.evaluate.events import NO_EVENT, code_texts, top

HELDOUT = Path(__file__).resolve().parent / "fixtures" / "events" / "heldout.tsv"
# Measured 0.857 when the file was written (round 7); the floor leaves room for one-off parses.
FLOOR = 0.82


def _rows() -> list[tuple[str, str]]:
    lines = [line for line in HELDOUT.read_text("utf-8").splitlines() if line and line[0] != "#"]
    return [tuple(line.split("\t")) for line in lines[1:]]  # type: ignore[misc]


def test_heldout_file_covers_every_plover_type() -> None:
    types = {expected for _, expected in _rows()}
    table = Path(__file__).resolve().parents[1] / "src" / "communique" / "data" / "plover_types.tsv"
    plover = {line.split("\t")[0] for line in table.read_text("utf-8").splitlines()[1:] if line}
    assert plover <= types
    assert len(_rows()) >= 60


@pytest.mark.slow
def test_top_event_type_on_heldout_sentences_stays_above_floor() -> None:
    rows = _rows()
    coded, _, _ = code_texts([sentence for sentence, _ in rows])
    predicted = [(top(e).plover.type if top(e) else NO_EVENT) for e in coded]  # type: ignore[union-attr]
    hits = sum(p == expected for p, (_, expected) in zip(predicted, rows, strict=True))
    assert hits / len(rows) >= FLOOR
