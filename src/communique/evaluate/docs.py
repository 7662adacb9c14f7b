"""Keeping docs/accuracy.md in step with the figures `communique evaluate` measures.

Each report owns one section between `<!-- report KEY -->` and `<!-- /report -->` markers, so
re-running an evaluation replaces its figures and leaves the hand-written prose alone. The
`## Floors` table in the same file lists the figures CI may not let drop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from communique.evaluate.report import Report


@dataclass(frozen=True, slots=True)
class Floor:
    key: str
    metric: str
    floor: float


def render(report: Report) -> str:
    """A report as a Markdown section."""
    lines = [f"### {report.task}: {report.dataset} ({report.split})", "", "| metric | value | n |",
             "|---|---|---|"]
    for m in report.metrics:
        value = f"{m.value:.3f}" if not m.unit else f"{m.value:.1f} {m.unit}"
        lines.append(f"| {m.name} | {value} | {'' if m.n is None else m.n} |")
    lines += [f"\n{note}" for note in report.notes]
    return "\n".join(lines)


def update(path: Path, reports: list[Report]) -> None:
    """Write each report's section into the file at `path`, replacing an older one."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Accuracy\n"
    for report in reports:
        section = f"<!-- report {report.key} -->\n{render(report)}\n<!-- /report -->"
        pattern = re.compile(
            rf"<!-- report {re.escape(report.key)} -->.*?<!-- /report -->", re.DOTALL
        )
        if pattern.search(text):
            text = pattern.sub(lambda _: section, text)
        else:
            text = text.rstrip("\n") + "\n\n" + section + "\n"
    path.write_text(text, encoding="utf-8")


def floors(path: Path) -> list[Floor]:
    """The rows of the `## Floors` table: `| task/dataset/split | metric | floor |`."""
    text = path.read_text(encoding="utf-8")
    match = re.search(r"^## Floors\n(.*?)(?=^## |\Z)", text, re.DOTALL | re.MULTILINE)
    if not match:
        return []
    rows = []
    for line in match.group(1).splitlines():
        cells = [c.strip().strip("`") for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and re.fullmatch(r"[0-9.]+", cells[2]):
            rows.append(Floor(cells[0], cells[1], float(cells[2])))
    return rows
