"""communique: diplomatic texts in, structured, coded, evidence-backed records out.

Example:
    >>> import communique
    >>> record = communique.extract("Prime Minister Modi met President Biden in Washington.")  # doctest: +SKIP
    >>> [a.name for a in record.actors]  # doctest: +SKIP
    ['Modi', 'Biden']
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import Any

try:
    __version__ = version("communique")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = ["Pipeline", "__version__", "extract", "extract_many"]


def __getattr__(name: str) -> Any:
    # Importing the pipeline pulls in spaCy; keep `import communique` cheap until it is used.
    if name in ("extract", "extract_many"):
        from communique import api

        return getattr(api, name)
    if name == "Pipeline":
        from communique.pipeline import Pipeline

        return Pipeline
    raise AttributeError(f"module 'communique' has no attribute {name!r}")
