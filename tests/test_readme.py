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

    shown = [line.rstrip() for line in _blocks()[1].splitlines() if line.strip()]
    result = CliRunner().invoke(cli, ["demo"])
    assert result.exit_code == 0
    printed = [line.rstrip() for line in result.stdout.splitlines()]
    assert shown, "the README shows no demo output"
    assert shown == printed[: len(shown)]
