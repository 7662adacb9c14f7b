"""Shared fixtures: the repository's neighbours and one pipeline per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()
SEED = SHARED / "seeds" / "000_68320bcffdf0db96.txt"


def shared(*parts: str) -> Path:
    """A path under ../shared, or skip the test when that data is not on this machine."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path


@pytest.fixture(scope="session")
def meeting_results(pipeline):
    """Every file of the diplomatic-meetings corpus through the batch path the CLI uses.

    A dict from each file's path under the corpus folder to its Record or InputError, built
    once per session. (The files on disk, not the manifest, which lists one file twice.)
    """
    from communique.ingest import iter_path

    root = shared("corpus", "diplomatic-meetings")
    names = sorted(
        str(p.relative_to(root)) for p in root.rglob("*")
        if p.is_file() and p.suffix in (".md", ".html", ".txt") and p.name != "README.md"
    )
    items = [item for name in names for item in iter_path(str(root / name))]
    return dict(zip(names, pipeline.extract_each(items), strict=True))


@pytest.fixture(scope="session")
def pipeline():
    from communique.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def nlp():
    from communique.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def coder():
    """The event coder, built once for every events test."""
    from communique.events import EventCoder

    return EventCoder()


@pytest.fixture(scope="session")
def quote_extractor():
    """Direct quotes only: the quote rules without reported speech."""
    from communique.mentions.quotes import QuoteExtractor

    return QuoteExtractor(reported=False)


@pytest.fixture(scope="session")
def resolve(nlp):
    """The actor stage as a function of a text: `resolve(text) -> ActorsFound`."""
    from communique.mentions.actors import ActorResolver
    from communique.nlp import Analysis
    from communique.nlp.gazetteer import Gazetteer
    from communique.types import Document

    resolver = ActorResolver(Gazetteer.load())

    def run(text: str):
        return resolver(Analysis(Document(id="t", text=text, source="test"), nlp(text)))

    return run
