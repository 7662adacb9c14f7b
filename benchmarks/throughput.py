"""Throughput of communique's extraction beside bare spaCy, on the same texts, in one run.

Reads 200 White House briefing-room texts from ../shared/corpus/wh-briefings (spread evenly
over the collection), then times:
  baseline   bare spaCy: `spacy.load(model).pipe(texts)` (the statistical pipeline alone);
  communique `Pipeline().extract_many(documents)`: gazetteer ruler, parse, actors, places,
             dates, quotes, engagements, outcomes and coded events, records built.
Both are warmed up on five other texts first; each timed pass then sees the 200 texts once,
so no cache of communique's (dates, gazetteer lookups) is warm from an earlier pass over them.
Prints words/s of each and their ratio (target: >= 0.8).

Usage:
    .venv/bin/python benchmarks/throughput.py [--n 200] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import spacy

from communique.ingest import read_path
from communique.nlp import MODEL_PACKAGE
from communique import pipeline as pipeline_module
from communique.pipeline import Pipeline

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "wh-briefings"


def sample(corpus: Path, n: int) -> list:
    files = sorted(p for p in corpus.rglob("*.md") if p.name != "README.md")
    if not files:
        sys.exit(f"no .md files under {corpus}: pass --corpus DIR")
    step = max(1, len(files) // n)
    return [doc for path in files[::step][:n] for doc in read_path(str(path))]


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def time_baseline(nlp, texts: list[str]) -> float:
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=pipeline_module.BATCH_SIZE):
        pass
    return time.perf_counter() - start


def time_communique(pipeline: Pipeline, documents: list) -> float:
    start = time.perf_counter()
    for _ in pipeline.extract_many(documents):
        pass
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="number of texts (default 200)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--batch-size", type=int, default=pipeline_module.BATCH_SIZE,
                        help="documents per nlp.pipe batch, for both (default: communique's)")
    args = parser.parse_args()
    pipeline_module.BATCH_SIZE = args.batch_size

    drawn = sample(args.corpus, args.n + 5)
    warmup, documents = drawn[:5], drawn[5:]
    texts = [d.text for d in documents]
    bare = spacy.load(MODEL_PACKAGE)
    pipeline = Pipeline()
    time_baseline(bare, [d.text for d in warmup])
    time_communique(pipeline, warmup)

    baseline = time_baseline(bare, texts)
    ours = time_communique(pipeline, documents)
    n_words = words(texts)
    print(f"texts: {len(texts)}, words: {n_words}")
    print(f"bare spaCy nlp.pipe : {n_words / baseline:8.0f} words/s ({baseline:.1f} s)")
    print(f"communique extract  : {n_words / ours:8.0f} words/s ({ours:.1f} s)")
    print(f"ratio communique / bare spaCy: {baseline / ours:.2f} (target >= 0.80)")


if __name__ == "__main__":
    main()
