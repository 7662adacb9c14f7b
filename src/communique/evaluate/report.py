"""What an evaluation returns: named figures on one data set and split."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Metric:
    """One figure. `value` is a proportion in [0, 1] unless `unit` says otherwise."""

    name: str
    value: float
    n: int | None = None
    unit: str = ""


@dataclass(frozen=True, slots=True)
class Report:
    """The figures of one task (`quotes`, `events`, `actors`...) on one data set and split."""

    task: str
    dataset: str
    split: str
    metrics: tuple[Metric, ...]
    notes: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return f"{self.task}/{self.dataset}/{self.split}"

    def metric(self, name: str) -> Metric:
        for m in self.metrics:
            if m.name == name:
                return m
        raise KeyError(f"{self.key} has no metric {name!r}")
