"""Actors, places and dates scored on the demo texts, whose truth is written down by hand.

The gold file (`tests/fixtures/mentions/demo_gold.json`, conventions in the README beside it)
lists, per demo document, every named person (name, role as written, country), every state
(ISO3), organisation (gazetteer code or name), place (name, kind, country) and date mention
(text, value, granularity). Entries marked `optional` are neither required nor penalised:
unnamed office holders ("the Vietnamese president"), names inside other names, lower-case
descriptions ("the foreign ministry").

- Persons, organisations and places are scored once per document (distinct entities): a
  person matches by name (case, dots and spacing ignored, or a listed alias; an unnamed gold
  person by role and country); an organisation by name, then by code; a place by name.
- Role, country and kind accuracies are over matched pairs.
- Dates are scored per mention: a prediction matches a gold mention whose text it overlaps.
  A gold mention with value null names a day the text cannot date (a weekday in a text with
  no document date): predicting any value for it counts against precision.

Each document is read with the `published` date the gold was written against, so the figures
measure the mentions stage, not ingest.

Example:
    >>> report = evaluate_demo("all", Path("."))  # doctest: +SKIP
    >>> report.metric("person_recall").value  # doctest: +SKIP
    0.95
"""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from communique.demo import demo_paths
from communique.errors import EvaluationError
from communique.evaluate.report import Metric, Report
from communique.ingest import iter_path
from communique.mentions.actors import ActorResolver
from communique.mentions.dates import DateResolver
from communique.mentions.places import PlaceResolver
from communique.nlp import Analysis, load_nlp
from communique.nlp.gazetteer import Gazetteer
from communique.types import Actor, DateMention, Document, Place

GOLD = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "mentions" / "demo_gold.json"

Gold = dict[str, Any]
Counts = dict[str, int]


def evaluate_demo(split: str, data_dir: Path) -> Report:
    """Person, state, organisation, place and date figures on the demo texts (split "all").

    Args:
        split: only "all": the demo corpus is not divided.
        data_dir: unused; the gold lives with the tests, the texts in the package.
    """
    del data_dir
    if split != "all":
        raise EvaluationError(f"mentions --set demo has one split, 'all', not {split!r}")
    if not GOLD.is_file():
        raise EvaluationError(f"demo gold not found at {GOLD} (run from a source checkout)")
    golds = json.loads(GOLD.read_text(encoding="utf-8"))["documents"]
    documents = _documents(golds)
    nlp, gazetteer = load_nlp(), Gazetteer.load()
    actors, places, dates = ActorResolver(gazetteer), PlaceResolver(gazetteer), DateResolver()
    counts: Counts = {}
    pairs = ((d.text, (d, g)) for d, g in zip(documents, golds))
    for doc, (document, gold) in nlp.pipe(pairs, as_tuples=True, batch_size=16):
        analysis = Analysis(document, doc)
        found = actors(analysis).actors
        _score_persons(gold["persons"], [a for a in found if a.kind == "person"], counts)
        _score_states(gold["states"], found, counts)
        _score_orgs(gold["organizations"], [a for a in found if a.kind == "organization"], counts)
        _score_places(gold["places"], places(analysis), counts)
        _score_dates(gold["dates"], dates(analysis), document.text, counts)
    return Report(
        task="mentions",
        dataset="demo",
        split=split,
        metrics=tuple(_metrics(counts)),
        notes=(
            f"{len(golds)} demo documents, gold in tests/fixtures/mentions/demo_gold.json; persons, "
            "states, organisations and places counted once per document, dates per mention",
        ),
    )


def _documents(golds: Sequence[Gold]) -> list[Document]:
    by_key: dict[tuple[str, str | None], Document] = {}
    for path in demo_paths():
        for item in iter_path(path):
            if isinstance(item, Document):
                key_id = item.id if path.suffix == ".jsonl" else None
                by_key[(path.name, key_id)] = item
    documents = []
    for gold in golds:
        key = (gold["file"], gold.get("id"))
        if key not in by_key:
            raise EvaluationError(f"demo gold names {key}, which the demo texts do not hold")
        documents.append(dataclasses.replace(by_key[key], published=gold["published"]))
    return documents


def _norm(name: str) -> str:
    """Case, dots, "the" and spacing do not count: "S. Jaishankar" == "s jaishankar"."""
    text = unicodedata.normalize("NFC", name).casefold().replace(".", " ")
    text = re.sub(r"^the\s+", "", text.strip())
    return " ".join(text.split())


def _names(gold: Gold) -> set[str]:
    return {_norm(n) for n in [gold.get("name") or "", *gold.get("aliases", [])] if n}


def _match(
    golds: Sequence[Gold], predicted: Sequence[Any], same: Callable[[Gold, Any], bool]
) -> tuple[list[tuple[Gold, Any]], list[Any]]:
    """Greedy one-to-one pairs (gold order), and the predictions left unpaired."""
    left = list(predicted)
    pairs = []
    for gold in golds:
        hit = next((p for p in left if same(gold, p)), None)
        if hit is not None:
            pairs.append((gold, hit))
            left.remove(hit)
    return pairs, left


def _tally(counts: Counts, field: str, golds: Sequence[Gold], pairs: Sequence[tuple[Gold, Any]], extra: int) -> None:
    """Add true positives, gold and predicted totals; optional golds count on neither side."""
    required = [g for g in golds if not g.get("optional")]
    tp = sum(1 for g, _ in pairs if not g.get("optional"))
    counts[f"{field}.tp"] = counts.get(f"{field}.tp", 0) + tp
    counts[f"{field}.gold"] = counts.get(f"{field}.gold", 0) + len(required)
    counts[f"{field}.pred"] = counts.get(f"{field}.pred", 0) + tp + extra


def _agree(counts: Counts, field: str, right: bool) -> None:
    counts[f"{field}.n"] = counts.get(f"{field}.n", 0) + 1
    counts[f"{field}.ok"] = counts.get(f"{field}.ok", 0) + int(right)


def _score_persons(golds: Sequence[Gold], people: Sequence[Actor], counts: Counts) -> None:
    def same(gold: Gold, actor: Actor) -> bool:
        if gold.get("name"):
            return _norm(actor.name) in _names(gold)
        return _role_ok(gold, actor.role) and actor.country == gold["country"]

    named = [g for g in golds if g.get("name")]
    pairs, left = _match(named, people, same)
    unnamed_pairs, left = _match([g for g in golds if not g.get("name")], left, same)
    _tally(counts, "person", named, pairs + unnamed_pairs, len(left))
    for gold, actor in pairs:
        _agree(counts, "person_role", _role_ok(gold, actor.role))
        _agree(counts, "person_country", actor.country == gold["country"])


def _role_ok(gold: Gold, role: str | None) -> bool:
    wanted = gold["role"] if isinstance(gold["role"], list) else [gold["role"]]
    return role is not None and _norm(role) in {_norm(r) for r in wanted if r}


def _score_states(golds: Sequence[str], found: Iterable[Actor], counts: Counts) -> None:
    predicted = {a.country for a in found if a.kind == "state" and a.country}
    gold_set = set(golds)
    counts["state.tp"] = counts.get("state.tp", 0) + len(predicted & gold_set)
    counts["state.gold"] = counts.get("state.gold", 0) + len(gold_set)
    counts["state.pred"] = counts.get("state.pred", 0) + len(predicted)


def _score_orgs(golds: Sequence[Gold], orgs: Sequence[Actor], counts: Counts) -> None:
    by_name, left = _match(golds, orgs, lambda g, a: _norm(a.name) in _names(g))
    rest = [g for g in golds if all(g is not p[0] for p in by_name)]
    by_code, left = _match(rest, left, lambda g, a: bool(g.get("code")) and a.country == g["code"])
    _tally(counts, "organization", golds, by_name + by_code, len(left))


def _score_places(golds: Sequence[Gold], places: Sequence[Place], counts: Counts) -> None:
    pairs, left = _match(golds, places, lambda g, p: _norm(p.name) in _names(g))
    _tally(counts, "place", golds, pairs, len(left))
    for gold, place in pairs:
        if not gold.get("optional"):
            _agree(counts, "place_country", place.country == gold["country"])
            _agree(counts, "place_kind", place.kind == gold["kind"])


def _score_dates(golds: Sequence[Gold], dates: Sequence[DateMention], text: str, counts: Counts) -> None:
    located = [(g, _locate(text, g["text"], g.get("occurrence", 1))) for g in golds]
    pairs, left = _match(
        [g | {"span": span} for g, span in located],
        dates,
        lambda g, d: d.span.start < g["span"][1] and g["span"][0] < d.span.end,
    )
    # A value predicted where the text gives none is a false positive, like an invented date.
    wrong = sum(1 for g, _ in pairs if g["value"] is None and not g.get("optional"))
    real = [g for g in golds if g["value"] is not None]
    _tally(counts, "date", real, [(g, d) for g, d in pairs if g["value"] is not None], len(left) + wrong)
    for gold, date in pairs:
        if gold["value"] is not None and not gold.get("optional"):
            _agree(counts, "date_value", (date.value, date.granularity) == (gold["value"], gold["granularity"]))


def _locate(text: str, needle: str, occurrence: int) -> tuple[int, int]:
    found = list(re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text))
    if len(found) < occurrence:
        raise EvaluationError(f"demo gold date {needle!r} (occurrence {occurrence}) is not in its text")
    return found[occurrence - 1].span()


def _metrics(counts: Counts) -> Iterable[Metric]:
    for field in ("person", "state", "organization", "place", "date"):
        tp, gold, pred = counts.get(f"{field}.tp", 0), counts.get(f"{field}.gold", 0), counts.get(f"{field}.pred", 0)
        yield Metric(f"{field}_precision", tp / pred if pred else 0.0, pred)
        yield Metric(f"{field}_recall", tp / gold if gold else 0.0, gold)
    for field in ("person_role", "person_country", "place_country", "place_kind", "date_value"):
        n = counts.get(f"{field}.n", 0)
        yield Metric(f"{field}_accuracy", counts.get(f"{field}.ok", 0) / n if n else 0.0, n)
