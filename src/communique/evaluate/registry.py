"""The evaluations `communique evaluate` knows: task, data set, splits, and the function to run.

Each runner is `run(split: str, data_dir: Path) -> Report` and is imported only when used.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from communique.errors import EvaluationError
from communique.evaluate.data import require
from communique.evaluate.report import Report


@dataclass(frozen=True, slots=True)
class Evaluation:
    task: str
    dataset: str
    splits: tuple[str, ...]
    default_split: str
    runner: str  # "module:function"
    folder: str | None = None  # the gold's folder under the eval-data folder; None: shipped gold

    def run(self, split: str, data_dir: Path) -> Report:
        if split not in self.splits:
            raise EvaluationError(
                f"{self.task} --set {self.dataset} has splits {', '.join(self.splits)}, not {split!r}"
            )
        if self.folder is not None:
            require(data_dir / self.folder, f"the {self.dataset} gold data")
        module, function = self.runner.split(":")
        run: Callable[[str, Path], Report] = getattr(importlib.import_module(module), function)
        return run(split, data_dir)


EVALUATIONS: tuple[Evaluation, ...] = (
    Evaluation("actors", "wikievents", ("dev", "test"), "dev",
               "communique.evaluate.actors:evaluate_wikievents", "wikievents-dev-test"),
    Evaluation("actors", "plover-gsr-cameo", ("dev", "test"), "dev",
               "communique.evaluate.actors:evaluate_plover_countries", "plover-gsr-cameo"),
    Evaluation("engagements", "demo", ("dev",), "dev",
               "communique.evaluate.engagements:evaluate_demo"),
    Evaluation("mentions", "demo", ("all",), "all",
               "communique.evaluate.mentions:evaluate_demo"),
    Evaluation("quotes", "polnear", ("train", "dev", "test"), "test",
               "communique.evaluate.quotes:evaluate_polnear", "polnear-attribution"),
    Evaluation("events", "plover-gsr-cameo", ("dev", "test"), "test",
               "communique.evaluate.events:evaluate_plover_gsr", "plover-gsr-cameo"),
    Evaluation("events", "petrarch2-gsr-validation", ("test",), "test",
               "communique.evaluate.events:evaluate_petrarch_gsr", "petrarch2-gsr-validation"),
    Evaluation("events", "multicoped-cameo-conflibert", ("dev", "test"), "test",
               "communique.evaluate.events:evaluate_multicoped", "multicoped-cameo-conflibert"),
    Evaluation("events", "case2021-task2-event-types", ("test",), "test",
               "communique.evaluate.events:evaluate_case2021", "case2021-task2-event-types"),
    Evaluation("events", "cameo-conflibert-rater-rounds", ("test",), "test",
               "communique.evaluate.events:evaluate_rater_rounds", "cameo-conflibert-rater-rounds"),
)


def find(task: str, dataset: str | None) -> list[Evaluation]:
    """The evaluations of `task`, all of them or the one on `dataset`."""
    found = [e for e in EVALUATIONS if e.task == task and dataset in (None, e.dataset)]
    if not found:
        known = ", ".join(e.dataset for e in EVALUATIONS if e.task == task)
        raise EvaluationError(f"no {task} evaluation on {dataset!r} (known: {known})")
    return found
