"""Does the learned fallback earn its place? Cross-validation on the dev parts only.

    $ python -m communique.evaluate.event_learned  # doctest: +SKIP

The dev items (plover-gsr-cameo's even records, Multi-CoPED's train file) are parsed and
coded by the rules once, with a recording fallback that notes the features of every
sentence where the fallback would be asked. Then, fold by fold (five, by position), a model
is trained on the project's own examples (plus, in the "+dev" variant, the other folds'
plover records under a representative root of their type) and the held-out items whose
documents the rules left without an event are given the guess, for each threshold. Printed:
the accuracy without and with the fallback, how often it fired and how often it was right.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Span

from communique.evaluate.event_actors import actor_resolver
from communique.evaluate.event_sets import default_data_dir, multicoped, plover_gsr
from communique.evaluate.events import NO_EVENT, penta_class, top
from communique.events import EventCoder
from communique.events.learned import LearnedFallback, NaiveBayes, example_sentences, featurize, features
from communique.events.tables import CodeTables
from communique.nlp import Analysis, load_nlp
from communique.types import Cameo, Document, Event, Plover, Span as RecordSpan

# The CAMEO root that stands for each PLOVER type when a plover record trains the model.
_TYPE_ROOT = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07",
    "CONCEDE": "08", "RETREAT": "08", "REQUEST": "10", "ACCUSE": "11", "REJECT": "12",
    "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17",
    "ASSAULT": "19",
}  # fmt: skip
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


class _Recorder(LearnedFallback):
    """A fallback that only notes the features of the sentences it is asked about."""

    def __init__(self) -> None:
        super().__init__(model=None, threshold=1.1)
        self.asked: list[tuple[str, ...]] = []

    def __call__(self, sentence: Span) -> None:
        self.asked.append(features(sentence))
        return None


@dataclass(frozen=True, slots=True)
class DevItem:
    gold: str  # PLOVER type or penta class
    rules: str  # the rules' answer
    asked: tuple[tuple[str, ...], ...]  # features of the sentences the fallback would see
    features: tuple[str, ...]  # of the whole first sentence, for training


def _code(texts: Sequence[str], golds: Sequence[str], answer) -> list[DevItem]:
    nlp = load_nlp()
    _, resolve = actor_resolver()
    recorder = _Recorder()
    coder = EventCoder(fallback=recorder)
    items = []
    for n, doc in enumerate(nlp.pipe(texts, batch_size=64)):
        analysis = Analysis(Document(f"t{n}", doc.text, "eval"), doc)
        before = len(recorder.asked)
        events = coder(analysis, resolve(analysis))
        asked = tuple(recorder.asked[before:])
        first = features(next(iter(doc.sents), doc[:]))
        items.append(DevItem(golds[n], answer(top(events)), asked if not events else (), first))
    return items


def _guess(model: NaiveBayes, item: DevItem, threshold: float) -> str | None:
    """The root the fallback would code for an item, or None."""
    best: tuple[str, float] | None = None
    for feats in item.asked:
        root, p = model.predict(feats)
        if p >= threshold and root != "01" and (best is None or p > best[1]):
            best = (root, p)
    return best[0] if best else None


def _penta(root: str) -> str:
    tables = CodeTables.load()
    entry = tables.cameo[root]
    event = Event("", Plover("X", None, ()), Cameo(entry.code, 0, 0.0), (), (), RecordSpan(0, 0, ""),
                  RecordSpan(0, 0, ""), None, None, "asserted", 0.0, "")  # fmt: skip
    return penta_class(event)


def cross_validate(data: Path, folds: int = 5, with_dev: bool = False) -> None:
    """Prints, per threshold, dev accuracy without and with the fallback."""
    tables = CodeTables.load()
    plover = plover_gsr(data, "dev")
    penta = multicoped(data, "train")
    p_items = _code([i.text for i in plover], [i.type for i in plover],
                    lambda e: e.plover.type if e else NO_EVENT)  # fmt: skip
    m_items = _code([i.text for i in penta], [i.label for i in penta], lambda e: penta_class(e))
    own = list(zip(featurize([s for _, s in example_sentences()]), (r for r, _ in example_sentences())))
    print(f"variant: own examples{' + plover dev folds' if with_dev else ''}; folds={folds}")
    for name, items, convert in (
        ("plover dev type", p_items, lambda r: tables.plover_of(r).type),
        ("multicoped train penta", m_items, _penta),
    ):
        base = sum(i.gold == i.rules for i in items) / len(items)
        print(f"{name}: n={len(items)} rules={base:.3f} candidates={sum(bool(i.asked) for i in items)}")
        for threshold in THRESHOLDS:
            hits = fired = right = 0
            for k in range(folds):
                train = list(own)
                if with_dev:
                    train += [(i.features, _TYPE_ROOT[i.gold]) for n, i in enumerate(p_items)
                              if n % folds != k and i.gold in _TYPE_ROOT]  # fmt: skip
                model = NaiveBayes.train(train)
                for n, item in enumerate(items):
                    if n % folds != k:
                        continue
                    root = _guess(model, item, threshold)
                    answer = convert(root) if root else item.rules
                    fired += root is not None
                    right += root is not None and answer == item.gold
                    hits += answer == item.gold
            print(f"  t={threshold:.1f} accuracy={hits / len(items):.3f} fired={fired} "
                  f"precision={right / fired if fired else 0:.3f}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--with-dev", action="store_true")
    args = parser.parse_args()
    cross_validate(args.data, with_dev=args.with_dev)


if __name__ == "__main__":
    main()
