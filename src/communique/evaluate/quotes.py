"""Direct-quote extraction scored on PolNeAR with the shared scorer (`tools/quotes_polnear.py`).

Texts are read byte-faithfully (UTF-8, newlines untranslated) and never normalised, so predicted
offsets index the same characters as the gold annotations.

Example:
    >>> report = evaluate_polnear("dev", Path("../shared/eval-data"))  # doctest: +SKIP
    >>> report.metric("f1").value  # doctest: +SKIP
    0.87
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from communique.errors import EvaluationError
from communique.evaluate.report import Metric, Report
from communique.mentions.quotes import QuoteExtractor
from communique.nlp import Analysis, load_nlp
from communique.types import Actor, Document, Mentions, Quote, Span

SCORER = Path("tools") / "quotes_polnear.py"
DATASET = "polnear-attribution"


def evaluate_polnear(split: str, data_dir: Path, errors: Path | None = None) -> Report:
    """P, R, F1 and speaker accuracy of direct quotes on one PolNeAR split.

    Args:
        split: "train", "dev" or "test" (tune on train and dev only).
        data_dir: the shared `eval-data` folder; the scorer is looked up in `<data_dir>/../tools`.
        errors: where the scorer writes missed, spurious and wrong-speaker cases (JSONL), if given.
    """
    text_dir = data_dir / DATASET / split / "text"
    scorer = data_dir.parent / SCORER
    if not text_dir.is_dir() or not scorer.is_file():
        raise EvaluationError(f"PolNeAR {split!r} not found: expected {text_dir} and {scorer}")
    with tempfile.TemporaryDirectory() as tmp:
        predictions, figures = Path(tmp) / "predictions.jsonl", Path(tmp) / "figures.json"
        with predictions.open("w", encoding="utf-8") as out:
            for article_id, quotes in predict(sorted(text_dir.glob("*.txt"))):
                out.write(json.dumps({"article_id": article_id, "quotes": quotes}) + "\n")
        command = [sys.executable, str(scorer), str(predictions), "--split", split,
                   "--data", str(data_dir / DATASET), "--json", str(figures)]  # fmt: skip
        if errors is not None:
            command += ["--errors", str(errors)]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            raise EvaluationError(f"the PolNeAR scorer failed: {done.stderr.strip()}")
        results = json.loads(figures.read_text(encoding="utf-8"))
    quote = results["quote"]
    return Report(
        task="quotes",
        dataset="polnear",
        split=split,
        metrics=(
            Metric("precision", quote["precision"] or 0.0, results["predicted_quotes"]),
            Metric("recall", quote["recall"] or 0.0, results["gold_quotes"]),
            Metric("f1", quote["f1"] or 0.0, results["matched"]),
            Metric("speaker_accuracy", results["speaker_accuracy"] or 0.0, results["matched"]),
        ),
        notes=(f"{results['articles']} articles; direct quotes only, scored by {SCORER.name}",),
    )


def predict(paths: list[Path]) -> Iterator[tuple[str, list[dict[str, int | None]]]]:
    """Scorer rows (article id, direct quotes) for each article file."""
    nlp = load_nlp()
    find_actors = _actor_finder()
    extractor = QuoteExtractor(reported=False)
    documents = (_read(path) for path in paths)
    pairs = ((d.text, d) for d in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=16):
        analysis = Analysis(document, doc)
        quotes = extractor(analysis, find_actors(analysis))
        yield document.id, [_row(q) for q in quotes if q.direct]


def _row(quote: Quote) -> dict[str, int | None]:
    speaker = quote.speaker_span
    return {
        "start": quote.span.start,
        "end": quote.span.end,
        "speaker_start": speaker.start if speaker else None,
        "speaker_end": speaker.end if speaker else None,
    }


def _read(path: Path) -> Document:
    with path.open(encoding="utf-8", newline="") as f:
        return Document(id=path.stem, text=f.read(), source=path.name)


def _actor_finder() -> Callable[[Analysis], Mentions]:
    """The project's ActorResolver, or people from spaCy's PERSON entities in a checkout without it.

    Only a missing module falls back: a resolver that fails to load is an error worth seeing.
    """
    try:
        from communique.mentions.actors import ActorResolver
        from communique.nlp.gazetteer import Gazetteer
    except ImportError:
        return _people
    resolver = ActorResolver(Gazetteer.load())

    def find(analysis: Analysis) -> Mentions:
        found = resolver(analysis)
        return Mentions(actors=found.actors, places=(), dates=(), references=found.references)

    return find


def _people(analysis: Analysis) -> Mentions:
    """One person actor per surname of spaCy's PERSON entities (a stand-in for ActorResolver)."""
    by_surname: dict[str, list[Span]] = {}
    for ent in analysis.doc.ents:
        if ent.label_ == "PERSON":
            by_surname.setdefault(ent[-1].text, []).append(analysis.span_of(ent))
    actors = tuple(
        Actor(f"person-{n}", max((s.text for s in spans), key=len), "person", None, None, None, tuple(spans))
        for n, spans in enumerate(by_surname.values(), 1)
    )
    return Mentions(actors=actors, places=(), dates=())
