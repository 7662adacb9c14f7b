"""Every file of the shared diplomatic-meetings corpus reads into a non-empty Document."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.ingest import iter_path
from communique.types import Document

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "diplomatic-meetings"
SKIPPED = {"manifest.csv", "README.md"}


def _corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(path for path in CORPUS.rglob("*")
                  if path.is_file() and path.name not in SKIPPED
                  and path.suffix in (".md", ".html", ".txt"))


@pytest.mark.slow
def test_every_corpus_file_gives_one_non_empty_document() -> None:
    files = _corpus_files()
    if not files:
        pytest.skip("shared corpus not present")
    failures = []
    for path in files:
        items = list(iter_path(path))
        if len(items) != 1 or not isinstance(items[0], Document) or len(items[0].text) < 20:
            failures.append(f"{path.name}: {items!r:.200}")
    assert not failures, "\n".join(failures)


@pytest.mark.slow
def test_corpus_markdown_and_html_carry_title_and_date() -> None:
    files = [path for path in _corpus_files() if path.suffix in (".md", ".html")]
    if not files:
        pytest.skip("shared corpus not present")
    missing = []
    for path in files:
        [doc] = list(iter_path(path))
        assert isinstance(doc, Document)
        if not doc.title or not doc.published:
            missing.append(path.name)
        # Markup and hidden tooltips must not reach the text the NLP stages see.
        assert "**" not in doc.text and "](" not in doc.text and "<s>" not in doc.text
    assert not missing, missing
