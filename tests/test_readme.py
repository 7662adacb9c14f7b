"""The README stays true: its two commands are the ones CI runs, and its demo output is real."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _blocks() -> list[str]:
    return re.findall(r"```[a-z]*\n(.*?)```", README, re.DOTALL)


def _commands(block: str) -> list[str]:
    return [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]


def test_first_screen_gives_exactly_two_commands():
    assert len(_commands(_blocks()[0])) == 2


def test_readme_test_command_is_the_one_ci_runs():
    _, tests = _commands(_blocks()[0])
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in ci


@pytest.mark.slow
def test_readme_demo_output_is_what_the_demo_prints():
    from communique.cli.main import cli

    shown = _lines(_blocks()[1])
    result = CliRunner().invoke(cli, ["demo"])
    assert result.exit_code == 0
    assert shown, "the README shows no demo output"
    assert shown == _lines(result.stdout)[: len(shown)]


@pytest.mark.slow
def test_readme_summary_example_is_what_extract_prints():
    from communique.cli.main import cli

    block = next(b for b in _blocks() if b.startswith("Readout of"))
    path = ROOT / "src" / "communique" / "demo" / "texts" / "readout-korea-australia-call.txt"
    result = CliRunner().invoke(cli, ["extract", "--format", "summary", str(path)])
    assert result.exit_code == 0
    assert _lines(block) == _lines(result.stdout)


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines() if line.strip()]
