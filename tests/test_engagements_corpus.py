"""End to end over the shared seed and the diplomatic-meetings corpus (slow; skipped without ../shared)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SEEDS = SHARED / "seeds"
MEETINGS = SHARED / "corpus" / "diplomatic-meetings"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def pipeline():  # type: ignore[no-untyped-def]
    from communique.pipeline import Pipeline

    return Pipeline()


def test_seed_article_gives_one_dialogue_with_its_outcomes(pipeline) -> None:  # type: ignore[no-untyped-def]
    from communique.ingest import read_path

    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not seeds:
        pytest.skip("../shared/seeds is not available")
    record = pipeline.extract(read_path(seeds[0])[0])
    (e,) = record.engagements
    assert e.kind == "dialogue" and "2+2" in (e.mechanism or "") and e.edition == 3
    assert e.date is not None and e.date.value == "2024-08-20"
    place = next(p for p in record.places if p.id == e.place)
    assert place.name == "New Delhi" and place.country == "IND"
    assert set(e.countries) == {"IND", "JPN"}
    assert len([p for p in e.participants if p.role]) >= 4
    country = {a.id: a.country for a in record.actors}
    agreements = [o for o in record.outcomes if o.type == "agreement" and "framework" in o.text]
    assert any({country[p] for p in o.parties} == {"IND", "JPN"} and "defence_security" in o.topics
               for o in agreements)
    requests = [o for o in record.outcomes if o.type == "request"]
    assert len(requests) == 2
    assert all({country[p] for p in o.parties} == {"IND"} and {country[a] for a in o.addressees} == {"JPN"}
               for o in requests)
    assert any(o.type == "announcement" and "Fukuoka" in o.text and "IND" in {country[p] for p in o.parties}
               for o in record.outcomes)


def test_every_meeting_document_reads_without_error_and_most_give_an_engagement(pipeline) -> None:  # type: ignore[no-untyped-def]
    from communique.ingest import read_path

    manifest = MEETINGS / "manifest.csv"
    if not manifest.is_file():
        pytest.skip("../shared/corpus/diplomatic-meetings is not available")
    rows = list(csv.DictReader(manifest.open(encoding="utf-8")))
    found = 0
    for row in rows:
        record = pipeline.extract(read_path(MEETINGS / row["file"])[0])
        found += bool(record.engagements)
    assert found >= 0.85 * len(rows)
