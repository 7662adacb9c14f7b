"""The `communique` command: formats, bad inputs, exit codes, help."""

from __future__ import annotations

import json
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from communique import __version__
from communique.cli.evaluate import evaluate
from communique.cli.main import cli

cli.add_command(evaluate)

READOUT = (
    "Foreign Minister Penny Wong met Indonesian Foreign Minister Retno Marsudi in Jakarta "
    "on 12 March 2024. The two ministers agreed to expand maritime cooperation."
)


@pytest.fixture()
def runner():
    return CliRunner()


def test_version_prints_the_package_version(runner):
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_one_document_prints_one_indented_json_record(runner, tmp_path):
    path = tmp_path / "readout.txt"
    path.write_text(READOUT, encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["schema"] == "communique.record/1"
    assert record["document"]["source"] == str(path)


def test_several_documents_print_json_lines_in_input_order(runner, tmp_path):
    paths = []
    for i in range(3):
        path = tmp_path / f"doc{i}.txt"
        path.write_text(f"Document {i}. " + READOUT, encoding="utf-8")
        paths.append(str(path))
    result = runner.invoke(cli, ["extract", *paths])
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert [json.loads(line)["document"]["source"] for line in lines] == paths


def test_jsonl_flag_gives_one_line_for_one_document(runner, tmp_path):
    path = tmp_path / "readout.txt"
    path.write_text(READOUT, encoding="utf-8")
    result = runner.invoke(cli, ["extract", "--jsonl", str(path)])
    assert len(result.stdout.strip().splitlines()) == 1


def test_stdin_is_read_with_a_dash(runner):
    result = runner.invoke(cli, ["extract", "-", "--published", "2024-03-13"], input=READOUT)
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["document"]["published"] == "2024-03-13"
    assert record["document"]["source"] == "<stdin>"


def test_published_flag_does_not_override_a_documents_own_date(runner, tmp_path):
    path = tmp_path / "note.md"
    path.write_text("---\ntitle: Note\ndate: 2020-01-02\n---\n\n" + READOUT, encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(path), "--published", "2024-03-13"])
    assert json.loads(result.stdout)["document"]["published"] == "2020-01-02"


def test_bad_inputs_get_one_line_each_and_the_rest_are_processed(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(READOUT, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    missing = tmp_path / "missing.txt"
    result = runner.invoke(cli, ["extract", str(empty), str(good), str(binary), str(missing)])
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 3
    for path, line in zip((empty, binary, missing), errors):
        assert str(path) in line
    assert "Traceback" not in result.output
    assert json.loads(result.stdout)["document"]["source"] == str(good)


def test_only_bad_inputs_exit_1(runner, tmp_path):
    result = runner.invoke(cli, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr


def test_usage_errors_exit_2(runner):
    assert runner.invoke(cli, ["extract"]).exit_code == 2
    assert runner.invoke(cli, ["extract", "-", "--published", "last week"], input="x").exit_code == 2
    assert runner.invoke(cli, ["no-such-command"]).exit_code == 2


def test_summary_format_prints_a_readout(runner, tmp_path):
    path = tmp_path / "readout.txt"
    path.write_text(READOUT, encoding="utf-8")
    result = runner.invoke(cli, ["extract", "--format", "summary", str(path)])
    assert result.exit_code == 0
    assert "Penny Wong" in result.stdout


def _commands(group: click.Group):
    for name, command in group.commands.items():
        yield name, command
        if isinstance(command, click.Group):
            yield from _commands(command)


@pytest.mark.parametrize("name,command", list(_commands(cli)))
def test_every_command_has_help_ending_with_an_example(name, command):
    help_text = command.help or ""
    assert help_text.strip(), f"{name} has no help"
    assert "Example" in help_text.strip().split("\n\n")[-1], f"{name}'s help ends without an example"


def test_installed_script_runs_without_traceback_on_missing_file():
    result = subprocess.run(
        [sys.executable, "-m", "communique", "extract", "no-such-file.txt"],
        capture_output=True, text=True,
    )
    assert result.returncode == 1
    assert "no-such-file.txt" in result.stderr
    assert "Traceback" not in result.stderr


def test_evaluate_without_gold_data_says_where_it_looked(runner, tmp_path):
    result = runner.invoke(cli, ["evaluate", "events", "--data", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "plover-gsr-cameo gold data not found" in result.stderr
    assert "Traceback" not in result.output


def test_evaluate_rejects_a_split_the_set_does_not_have(runner):
    result = runner.invoke(cli, ["evaluate", "events", "--set", "petrarch2-gsr-validation", "--split", "dev"])
    assert result.exit_code == 1
    assert "has splits test" in result.stderr
