"""Event coding measured on the public gold sets, one `Report` per set.

    >>> report = evaluate_plover_gsr(split="dev")  # doctest: +SKIP
    >>> report.metric("type_accuracy").value  # doctest: +SKIP

Each runner parses its sentences in one `nlp.pipe` pass, resolves actors with the project's
`ActorResolver` (or a stand-in when it is not importable, named in the report's notes), runs
`EventCoder` and scores the most confident event of each sentence against the gold.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from communique.evaluate.event_actors import actor_resolver
from communique.evaluate.event_sets import (
    case2021,
    default_data_dir,
    multicoped,
    petrarch_gsr,
    plover_gsr,
    rater_rounds,
)
from communique.evaluate.report import Metric, Report
from communique.events import EventCoder
from communique.nlp import Analysis, load_nlp
from communique.nlp.gazetteer import Gazetteer
from communique.types import Document, Event, Mentions

NO_EVENT = "-"
# Types that say two governments dealt with each other: coding one of these on a snippet about
# a protest, a disaster or a crime is the false alarm the CASE check counts.
DIPLOMATIC = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
     "REJECT", "SANCTION"}
)  # fmt: skip
NOT_INTERSTATE = frozenset(
    {"PEACE_PROTEST", "PROTEST_WITH_INTER", "VIOL_DEMONSTR", "FORCE_AGAINST_PROTEST", "MOB_VIOL",
     "NATURAL_DISASTER", "MAN_MADE_DISASTER", "ORG_CRIME"}
)  # fmt: skip


def code_texts(
    texts: Sequence[str],
) -> tuple[list[tuple[Event, ...]], list[Mentions], str]:
    """The events and actors of each text, and the name of the actor resolver used."""
    nlp = load_nlp()
    name, resolve = actor_resolver()
    coder = EventCoder()
    events, mentions = [], []
    for n, doc in enumerate(nlp.pipe(texts, batch_size=64)):
        analysis = Analysis(Document(f"t{n}", doc.text, "eval"), doc)
        found = resolve(analysis)
        mentions.append(found)
        events.append(coder(analysis, found))
    return events, mentions, name


def top(events: tuple[Event, ...]) -> Event | None:
    """The most confident event (the earliest among equals)."""
    return max(events, key=lambda e: e.confidence, default=None)


def _top_root(events: tuple[Event, ...]) -> str | None:
    """The CAMEO root of the most confident event, or None when there is none."""
    best = top(events)
    return best.cameo.code[:2] if best is not None else None


def macro_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """Macro-averaged F1 over the gold labels."""
    scores = []
    for label in sorted(set(gold)):
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, predicted, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def _share(hits: int, n: int, name: str) -> Metric:
    return Metric(name, hits / n if n else 0.0, n)


def _statement(code: str | None) -> bool:
    """CAMEO root 01 (make a public statement): PLOVER has no type for it, so we code no event."""
    return bool(code) and code[:2] == "01"


def _data(data: Path | None) -> Path:
    return data if data is not None else default_data_dir()


def evaluate_plover_gsr(split: str = "test", data: Path | None = None) -> Report:
    """PLOVER type of the most confident event, and the gold source country on that type."""
    items = plover_gsr(_data(data), split)
    coded, mentions, resolver = code_texts([i.text for i in items])
    gold = [i.type for i in items]
    predicted = [(top(e).plover.type if top(e) else NO_EVENT) for e in coded]  # type: ignore[union-attr]
    gazetteer = Gazetteer.load()
    country_hits = country_n = 0
    for item, events, found in zip(items, coded, mentions, strict=True):
        same = [e for e in events if e.plover.type == item.type]
        # Only real ISO3 country codes: the file also has IGO, NGO, ISM... and the odd typo (JAP).
        sources = [s for s in item.sources if gazetteer.country_by_code(s)]
        if not same or not sources:
            continue
        countries = {
            found.actor(a).country for e in same for a in e.source if found.actor(a)
        }  # type: ignore[union-attr]
        country_n += 1
        country_hits += bool(countries & set(sources))
    hits = sum(g == p for g, p in zip(gold, predicted, strict=True))
    metrics = (
        _share(hits, len(items), "type_accuracy"),
        Metric("type_macro_f1", macro_f1(gold, predicted), len(items)),
        _share(sum(p != NO_EVENT for p in predicted), len(items), "coverage"),
        _share(country_hits, country_n, "source_country_accuracy"),
    )
    return Report(
        "events", "plover-gsr-cameo", split, metrics, (f"actors: {resolver}",)
    )


def evaluate_petrarch_gsr(split: str = "test", data: Path | None = None) -> Report:
    """CAMEO root of the most confident event against the PETRARCH-2 validation codes."""
    items = petrarch_gsr(_data(data))
    coded, _, resolver = code_texts([i.text for i in items])
    with_events = [(i, e) for i, e in zip(items, coded, strict=True) if i.codes]
    root_hits = sum(_top_root(e) in {c[:2] for c in i.codes} for i, e in with_events)
    any_hits = sum(
        bool({x.cameo.code[:2] for x in e} & {c[:2] for c in i.codes})
        for i, e in with_events
    )
    quiet = [e for i, e in zip(items, coded, strict=True) if not i.codes]
    coded_pairs = [(i, e) for i, e in with_events if not _statement(i.codes[0])]
    coded_hits = sum(_top_root(e) in {c[:2] for c in i.codes} for i, e in coded_pairs)
    metrics = (
        _share(root_hits, len(with_events), "cameo_root_accuracy"),
        _share(coded_hits, len(coded_pairs), "cameo_root_accuracy_without_statements"),
        _share(any_hits, len(with_events), "cameo_root_recall_any_event"),
        _share(sum(not e for e in quiet), len(quiet), "no_event_precision"),
    )
    return Report(
        "events", "petrarch2-gsr-validation", "test", metrics, (f"actors: {resolver}",)
    )


def penta_class(event: Event | None) -> str:
    """The Multi-CoPED five-way class of an event (no event reads as a neutral statement)."""
    if event is None:
        return "0"
    root = int(event.cameo.code[:2])
    if root <= 2:
        return "0"
    if root <= 5:
        return "1"
    if root <= 8:
        return "2"
    return "3" if root <= 13 or root == 16 else "4"


def evaluate_multicoped(split: str = "test", data: Path | None = None) -> Report:
    """Five-way CAMEO class accuracy on Multi-CoPED news sentences (train is the dev part)."""
    items = multicoped(_data(data), "train" if split == "dev" else split)
    coded, _, resolver = code_texts([i.text for i in items])
    gold = [i.label for i in items]
    predicted = [penta_class(top(e)) for e in coded]
    hits = sum(g == p for g, p in zip(gold, predicted, strict=True))
    metrics = (
        _share(hits, len(items), "penta_accuracy"),
        Metric("penta_macro_f1", macro_f1(gold, predicted), len(items)),
    )
    return Report(
        "events",
        "multicoped-cameo-conflibert",
        split,
        metrics,
        (f"actors: {resolver}",),
    )


def evaluate_case2021(split: str = "test", data: Path | None = None) -> Report:
    """False diplomatic events on protest, disaster and crime snippets; recall on DIPLO/AGREEMENT."""
    items = case2021(_data(data))
    coded, _, resolver = code_texts([i.text for i in items])
    diplomatic = [any(e.plover.type in DIPLOMATIC for e in ev) for ev in coded]
    off = [
        d for i, d in zip(items, diplomatic, strict=True) if i.label in NOT_INTERSTATE
    ]
    on = [
        d
        for i, d in zip(items, diplomatic, strict=True)
        if i.label in ("DIPLO", "AGREEMENT")
    ]
    metrics = (
        _share(sum(off), len(off), "false_diplomatic_rate"),
        _share(sum(on), len(on), "diplomatic_recall"),
        _share(sum(bool(e) for e in coded), len(items), "snippets_with_events"),
    )
    return Report(
        "events",
        "case2021-task2-event-types",
        "test",
        metrics,
        (f"actors: {resolver}",),
    )


def evaluate_rater_rounds(split: str = "test", data: Path | None = None) -> Report:
    """CAMEO root against the raters' majority, beside each rater's agreement with the others."""
    items = rater_rounds(_data(data))
    coded, _, resolver = code_texts([i.text for i in items])
    decided = [
        (i, e)
        for i, e in zip(items, coded, strict=True)
        if i.majority not in (None, NO_EVENT)
    ]
    hits = sum(_top_root(e) == i.majority for i, e in decided)
    interactions = [(i, e) for i, e in decided if not _statement(i.majority)]
    interaction_hits = sum(_top_root(e) == i.majority for i, e in interactions)
    rater_hits = rater_n = 0
    for item, _ in decided:
        for n, rating in enumerate(item.ratings):
            others = Counter(r for k, r in enumerate(item.ratings) if k != n)
            label, count = others.most_common(1)[0]
            if count * 2 > sum(others.values()):
                rater_n += 1
                rater_hits += rating == label
    metrics = (
        _share(hits, len(decided), "cameo_root_accuracy"),
        _share(
            interaction_hits,
            len(interactions),
            "cameo_root_accuracy_without_statements",
        ),
        _share(rater_hits, rater_n, "rater_vs_other_raters_accuracy"),
    )
    notes = (f"actors: {resolver}", "reference: majority of raters in rounds 7 and 9")
    return Report("events", "cameo-conflibert-rater-rounds", "test", metrics, notes)
