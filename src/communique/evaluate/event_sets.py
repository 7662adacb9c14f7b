"""Readers for the public event gold sets in `../shared/eval-data`, each in its own format.

Every reader returns typed items; none of the data is copied into the repository. Splits
follow the project's rules: plover-gsr-cameo records at even positions are dev and odd ones
test (the header record is skipped); multicoped's train file is its dev part.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

# PLOVER 0.5 labels of the gold file, in the 16-type inventory the coder emits.
PLOVER_05 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}


def default_data_dir() -> Path:
    """`<repo>/../shared/eval-data`, where the gold sets live beside the checkout."""
    return Path(__file__).resolve().parents[3] / ".." / "shared" / "eval-data"


@dataclass(frozen=True, slots=True)
class PloverItem:
    text: str
    type: str
    mode: str | None
    sources: tuple[str, ...]
    targets: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CameoItem:
    """A sentence with its expected CAMEO codes (empty when it reports no event)."""

    id: str
    category: str
    text: str
    codes: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LabelledText:
    text: str
    label: str


@dataclass(frozen=True, slots=True)
class RatedSentence:
    """A sentence with each rater's CAMEO root (first action; "-" for none) and the majority
    ("-" when most raters saw no event, None when no label has more than half)."""

    text: str
    ratings: tuple[str, ...]
    majority: str | None


def _codes(side: object) -> tuple[str, ...]:
    # An actor list, or "" (no target), or on a few records a single actor object.
    actors = side if isinstance(side, list) else [side] if isinstance(side, dict) else []
    return tuple(a.get("code", "") for a in actors if isinstance(a, dict))


def plover_gsr(data: Path, split: str) -> list[PloverItem]:
    records = json.loads((data / "plover-gsr-cameo" / "PLOVER_GSR_CAMEO.json").read_text("utf-8"))
    parity = 1 if split == "test" else 0
    items = []
    for position, record in enumerate(records):
        if position == 0 or position % 2 != parity or record.get("event") is None:
            continue
        items.append(
            PloverItem(
                record["text"],
                PLOVER_05.get(record["event"], record["event"]),
                record.get("mode") or None,
                _codes(record.get("source")),
                _codes(record.get("target")),
            )
        )
    return items


def petrarch_gsr(data: Path) -> list[CameoItem]:
    path = data / "petrarch2-gsr-validation" / "gsr_validation.jsonl"
    items = []
    for line in path.read_text("utf-8").splitlines():
        record = json.loads(line)
        if not record.get("text"):
            continue
        events = record.get("events") or []
        items.append(
            CameoItem(
                record["id"],
                record.get("category", ""),
                record["text"],
                tuple(e["eventcode"] for e in events),
                tuple(e.get("source", "") for e in events),
            )
        )
    return items


def multicoped(data: Path, split: str) -> list[LabelledText]:
    name = "cameo_class_test.tsv" if split == "test" else "cameo_class_train.tsv"
    rows = (data / "multicoped-cameo-conflibert" / name).read_text("utf-8").splitlines()
    return [LabelledText(*row.rsplit("\t", 1)) for row in rows if "\t" in row]


def case2021(data: Path) -> list[LabelledText]:
    path = data / "case2021-task2-event-types" / "test_set_final_release_with_labels.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [LabelledText(r["EventSnippet"], r["SubType"]) for r in reader]


_ROOT = re.compile(r"^\s*\d+\s*-\s*(\d+)")


def rater_rounds(data: Path, rounds: tuple[int, ...] = (7, 9)) -> list[RatedSentence]:
    """Each sentence of the given rounds with every rater's first root code and the majority.

    A rater who marked nothing counts as "no event"; the majority needs more than half.
    """
    items = []
    for number in rounds:
        path = data / "cameo-conflibert-rater-rounds" / f"round{number}_summary.csv"
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                raters = sorted({k.rsplit("_", 1)[1] for k in row if k.startswith("anncomplete_")})
                ratings = []
                for rater in raters:
                    match = _ROOT.match(row.get(f"Action1_CAMEO_{rater}") or "")
                    ratings.append(f"{int(match.group(1)):02d}" if match else "-")
                top, count = Counter(ratings).most_common(1)[0]
                majority = top if count * 2 > len(ratings) else None
                items.append(RatedSentence(row["sentences"], tuple(ratings), majority))
    return items
