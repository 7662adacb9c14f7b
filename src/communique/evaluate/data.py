"""Where the public gold data for `communique evaluate` lives."""

from __future__ import annotations

import os
from pathlib import Path

from communique.errors import EvaluationError

ENV_VAR = "COMMUNIQUE_EVAL_DATA"


def default_data_dir() -> Path:
    """The eval-data folder: $COMMUNIQUE_EVAL_DATA, else ../shared/eval-data beside the checkout.

    The checkout is found from the working directory first, then from this source file, so
    both `communique evaluate` in the repo and an editable install find the data.
    """
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    here = Path(__file__).resolve()
    for base in (Path.cwd(), *here.parents):
        candidate = base / ".." / "shared" / "eval-data"
        if candidate.is_dir():
            return candidate.resolve()
    return (Path.cwd() / ".." / "shared" / "eval-data").resolve()


def require(path: Path, what: str) -> Path:
    """`path` if it exists, else an EvaluationError that says how to point at the data."""
    if not path.exists():
        raise EvaluationError(
            f"{what} not found at {path} (pass --data DIR or set {ENV_VAR} to the eval-data folder)"
        )
    return path
