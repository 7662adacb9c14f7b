"""The demo corpus shipped with communique, and the table `communique demo` prints.

The texts in `texts/` were written for communique (fictional, illustrative) in every input
format the ingest stage reads: plain text, Markdown with YAML front matter, an HTML page, a
JSON Lines file, and one deliberately unreadable file so the demo also shows an error line.

Example:
    >>> [p.name for p in demo_paths()][:2]
    ['appeal-pacific-leaders.txt', 'asean-summit-chairmans-statement.md']
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from communique.demo.table import render_table
from communique.errors import ResourceError

__all__ = ["demo_paths", "render_table"]

# Shipped beside the texts to say what they are; it is not itself a demo document.
_NOT_DEMO = frozenset({"README.md"})


def demo_paths() -> list[Path]:
    """The demo input files, sorted by name.

    Returns:
        The paths of every shipped demo file (the README excepted), including the one that is
        meant to fail.

    Raises:
        ResourceError: the package was installed in a way that leaves no texts on disk (a
            zipped install), or the texts folder is missing.
    """
    root = files("communique.demo") / "texts"
    # A wheel or an editable install puts package data on disk, where `files` is a real path;
    # ingest reads paths, so a zip import (which would give some other Traversable) is refused.
    if not isinstance(root, Path) or not root.is_dir():
        raise ResourceError(
            f"the demo texts are missing from the communique package ({root}); reinstall it"
        )
    return sorted(
        (p for p in root.iterdir() if p.is_file() and not _hidden_or_readme(p)),
        key=lambda p: p.name,
    )


def _hidden_or_readme(path: Path) -> bool:
    return path.name.startswith(".") or path.name in _NOT_DEMO
