"""Engagement and outcome accuracy on the demo corpus, whose truth is known.

    evaluate_demo(split, data_dir) -> Report     # `communique evaluate engagements --set demo`
    score_records(records, gold) -> Tally        # the figures, from records already extracted

Engagements: precision and recall of matched engagements (see `engagement_match`), then, among
the matched, how often the date (value and granularity), place, status, country set and people
are right. Outcomes: recall of the main outcomes (an outcome whose text holds the key phrase and
whose type is accepted), party recall, and how many main outcomes were reported more than once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from communique.evaluate.engagement_gold import GoldDocument, load_gold
from communique.evaluate.engagement_match import (
    countries_right,
    match,
    outcome_hits,
    party_codes,
    place_agrees,
    same_person,
    seen_engagements,
)
from communique.evaluate.report import Metric, Report
from communique.types import Record

# The gold lives with the tests of the diplomacy stage; a data directory may carry its own.
GOLD_NAME = "demo_engagements.yaml"
_REPO_GOLD = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "diplomacy" / GOLD_NAME


@dataclass
class Tally:
    """Counts behind the report; `misses` and `extras` name what went wrong, for reading."""

    counts: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def ratio(self, hits: str, total: str) -> Metric:
        n = self.counts[total]
        return Metric(hits, self.counts[hits] / n if n else 0.0, n)


def evaluate_demo(split: str, data_dir: Path) -> Report:
    """Engagements and outcomes of the demo corpus against the hand-written gold.

    Args:
        split: "dev", the only split: the demo corpus is small and is what the rules are
            developed on, so these figures are not a held-out test.
        data_dir: a directory holding `demo_engagements.yaml` to use instead of the gold kept
            with the tests.
    """
    from communique.demo import demo_paths
    from communique.ingest import iter_path
    from communique.pipeline import Pipeline

    gold = load_gold(data_dir / GOLD_NAME if (data_dir / GOLD_NAME).is_file() else _REPO_GOLD)
    documents = (d for path in demo_paths() for d in iter_path(path))
    records = (r for r in Pipeline().extract_each(documents) if isinstance(r, Record))
    tally = score_records(records, gold)
    return report(tally, split)


def report(tally: Tally, split: str) -> Report:
    """The figures of a tally as a `Report`."""
    c = tally.counts
    precision = c["matched"] / c["found"] if c["found"] else 0.0
    recall = c["matched"] / c["gold"] if c["gold"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    metrics = (
        Metric("engagement_precision", precision, c["found"]),
        Metric("engagement_recall", recall, c["gold"]),
        Metric("engagement_f1", f1, c["gold"]),
        tally.ratio("date", "dated"),
        tally.ratio("place", "placed"),
        tally.ratio("status", "matched"),
        tally.ratio("countries", "matched"),
        tally.ratio("participants", "gold_people"),
        Metric("participant_precision",
               c["people_right"] / c["found_people"] if c["found_people"] else 0.0, c["found_people"]),
        tally.ratio("outcome_recall", "gold_outcomes"),
        tally.ratio("outcome_parties", "outcome_found"),
        Metric("outcome_duplicates", float(c["duplicates"]), c["outcome_found"], unit="count"),
    )
    notes = tuple(f"missed {m}" for m in tally.misses) + tuple(f"extra {x}" for x in tally.extras)
    return Report("engagements", "demo", split, metrics, notes)


def score_records(records: Iterable[Record], gold: dict[str, GoldDocument]) -> Tally:
    """Scores every record that has a gold document (by item id, else by file name)."""
    tally = Tally()
    for record, truth in _paired(records, gold):
        _score_engagements(record, truth, tally)
        _score_outcomes(record, truth, tally)
    return tally


def _paired(records: Iterable[Record], gold: dict[str, GoldDocument]) -> Iterator[tuple[Record, GoldDocument]]:
    for record in records:
        key = record.document.id if record.document.id in gold else PurePath(record.document.source).name
        if key in gold:
            yield record, gold[key]


def _score_engagements(record: Record, truth: GoldDocument, tally: Tally) -> None:
    c = tally.counts
    golds, seens = list(truth.engagements), seen_engagements(record)
    pairs = match(golds, seens)
    matched = {g for g, _ in pairs}
    c["gold"] += sum(not g.optional for g in golds)
    c["found"] += len(seens) - sum(golds[g].optional for g, _ in pairs)
    for g, s in pairs:
        gold, seen = golds[g], seens[s]
        if gold.optional:
            continue
        c["matched"] += 1
        c["status"] += seen.status == gold.status
        c["countries"] += countries_right(gold, seen)
        if gold.date:
            c["dated"] += 1
            c["date"] += seen.date == gold.date
        if gold.place:
            c["placed"] += 1
            c["place"] += bool(place_agrees(gold.place, seen.place))
        c["gold_people"] += len(gold.participants)
        c["participants"] += sum(any(same_person(n, p) for p, _ in seen.participants) for n, _ in gold.participants)
        if gold.participants:
            c["found_people"] += len(seen.participants)
            c["people_right"] += sum(any(same_person(n, p) for n, _ in gold.participants) for p, _ in seen.participants)
    key = truth.key
    tally.misses += [f"{key}: {g.kinds[0]} {g.status} {g.date} {g.place}"
                     for i, g in enumerate(golds) if i not in matched and not g.optional]
    seen_matched = {s for _, s in pairs}
    tally.extras += [f"{key}: {s.kind} {s.status} {s.date} {s.place} {sorted(s.countries)}"
                     for i, s in enumerate(seens) if i not in seen_matched]


def _score_outcomes(record: Record, truth: GoldDocument, tally: Tally) -> None:
    c = tally.counts
    for gold in truth.outcomes:
        c["gold_outcomes"] += 1
        hits = [i for i in outcome_hits(gold, record) if record.outcomes[i].type in gold.types]
        if not hits:
            tally.misses.append(f"{truth.key}: outcome {gold.types[0]} '{gold.phrase}'")
            continue
        c["outcome_recall"] += 1
        c["outcome_found"] += 1
        c["duplicates"] += len(hits) > 1
        parties = set().union(*(party_codes(record, record.outcomes[i].parties) for i in hits))
        c["outcome_parties"] += gold.parties <= parties
