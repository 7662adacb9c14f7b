"""Peak memory of communique's extraction beside bare spaCy, on the same texts, in one run.

Reads every .md, .html and .txt text under ../shared/corpus/diplomatic-meetings, then runs
each measurement in a fresh Python process (so no run inherits another's heap) and reads the
child's peak resident set (VmHWM in /proc/self/status) at each step:
  load        the bare model alone: `spacy.load(model)`, nothing parsed;
  longest     the bare model parsing the longest text once, in one piece;
  baseline    bare spaCy: `spacy.load(model).pipe(texts)` over every text;
  communique  `Pipeline().extract_many(documents)`: every stage, records built.
Prints MB for each and the ratio communique / baseline (target: under 600 MB per worker).

Usage:
    .venv/bin/python benchmarks/memory.py [--corpus DIR] [--batch-size 8] [--chunk-chars N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "diplomatic-meetings"
SUFFIXES = (".md", ".html", ".txt")


def rss_mb(field: str = "VmHWM") -> float:
    """This process's resident memory in MB: peak (VmHWM) or current (VmRSS)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"{field} not in /proc/self/status (Linux only)")


def read_corpus(corpus: Path) -> list:
    from communique.ingest import read_path

    files = sorted(p for p in corpus.rglob("*") if p.suffix in SUFFIXES and p.name != "README.md")
    if not files:
        sys.exit(f"no {'/'.join(SUFFIXES)} files under {corpus}: pass --corpus DIR")
    return [doc for path in files for doc in read_path(str(path))]


def child(mode: str, corpus: Path, batch_size: int, chunk_chars: int | None) -> dict[str, float]:
    """One measurement, run inside its own process; returns MB figures by step."""
    import spacy

    from communique import pipeline as pipeline_module
    from communique.nlp import MODEL_PACKAGE

    figures = {"start": rss_mb()}
    documents = read_corpus(corpus)
    figures["read"] = rss_mb()
    if mode == "communique":
        pipeline_module.BATCH_SIZE = batch_size
        options = {} if chunk_chars is None else {"chunk_chars": chunk_chars}
        pipeline = pipeline_module.Pipeline(**options)
        figures["loaded"] = rss_mb()
        for _ in pipeline.extract_many(documents):
            pass
    else:
        nlp = spacy.load(MODEL_PACKAGE)
        figures["loaded"] = rss_mb()
        texts = [d.text for d in documents]
        if mode == "longest":
            texts = [max(texts, key=len)]
            figures["chars"] = len(texts[0])
        if mode != "load":
            for _ in nlp.pipe(texts, batch_size=batch_size):
                pass
    figures["peak"] = rss_mb()
    return figures


def measure(mode: str, args: argparse.Namespace) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", mode, "--corpus", str(args.corpus),
               "--batch-size", str(args.batch_size)]
    if args.chunk_chars is not None:
        command += ["--chunk-chars", str(args.chunk_chars)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"{mode} run failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--batch-size", type=int, default=None,
                        help="texts per nlp.pipe batch, for both (default: communique's)")
    parser.add_argument("--chunk-chars", type=int, default=None,
                        help="communique's piece size in characters (default: communique's; 0: off)")
    parser.add_argument("--child", choices=("load", "longest", "baseline", "communique"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.batch_size is None:
        from communique import pipeline as pipeline_module

        args.batch_size = pipeline_module.BATCH_SIZE
    if args.child:
        print(json.dumps(child(args.child, args.corpus, args.batch_size, args.chunk_chars)))
        return

    runs = {mode: measure(mode, args) for mode in ("load", "longest", "baseline", "communique")}
    load, longest = runs["load"], runs["longest"]
    print(f"corpus: {args.corpus.resolve()}, batch size {args.batch_size}")
    print(f"python + documents read       : {load['read']:7.0f} MB")
    print(f"+ bare model loaded           : {load['loaded']:7.0f} MB")
    print(f"+ longest text parsed alone   : {longest['peak']:7.0f} MB ({longest['chars']:.0f} chars)")
    print(f"bare spaCy nlp.pipe, peak     : {runs['baseline']['peak']:7.0f} MB")
    print(f"communique loaded (no text)   : {runs['communique']['loaded']:7.0f} MB")
    print(f"communique extract, peak      : {runs['communique']['peak']:7.0f} MB")
    ratio = runs["communique"]["peak"] / runs["baseline"]["peak"]
    print(f"ratio communique / bare spaCy : {ratio:.2f} (target: peak under 600 MB)")


if __name__ == "__main__":
    main()
