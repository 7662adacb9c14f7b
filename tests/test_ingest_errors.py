"""Inputs that cannot be read give one clear InputError, and batches go on past them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from communique.errors import InputError
from communique.ingest import iter_path, read_path, read_stdin


def _error_for(path: Path) -> InputError:
    with pytest.raises(InputError) as caught:
        read_path(path)
    return caught.value


def test_missing_file_says_no_such_file(tmp_path: Path) -> None:
    error = _error_for(tmp_path / "absent.txt")
    assert error.source.endswith("absent.txt") and error.reason == "no such file"


def test_directory_is_rejected_with_a_hint(tmp_path: Path) -> None:
    error = _error_for(tmp_path)
    assert "directory" in error.reason and error.hint


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read anything")
def test_unreadable_file_says_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Talks.", encoding="utf-8")
    path.chmod(0)
    try:
        assert _error_for(path).reason == "permission denied"
    finally:
        path.chmod(0o600)


def test_permission_error_is_reported_as_permission_denied(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Talks.", encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    error = _error_for(path)
    assert error.reason == "permission denied" and error.hint


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf\n"])
def test_empty_or_whitespace_file_is_rejected(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    assert _error_for(path).reason == "empty file"


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("scan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "PNG"),
        ("data.txt", b"Talks\x00\x01\x02\x00\xff\xfe\x00 held" * 3 + b"\x00", "NUL"),
    ],
)
def test_binary_content_is_rejected_naming_what_it_is(tmp_path: Path, name: str,
                                                      content: bytes, kind: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    error = _error_for(path)
    assert "binary" in error.reason and kind in error.reason


def test_undecodable_bytes_are_rejected(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 3)
    assert _error_for(path).reason in ("cannot tell the text encoding", "binary content, not text")


def test_markdown_with_only_front_matter_has_no_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.md"
    path.write_text("---\ntitle: Nothing here\n---\n\n", encoding="utf-8")
    assert "no text" in _error_for(path).reason


def test_markdown_with_broken_front_matter_names_the_problem(tmp_path: Path) -> None:
    path = tmp_path / "broken.md"
    path.write_text("---\ntitle: [unclosed\n---\nLeaders met.\n", encoding="utf-8")
    assert "front matter" in _error_for(path).reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("not json at all", "not valid JSON"),
        ('["a", "list"]', "not an object"),
        ('{"title": "no text"}', 'no "text" field'),
        ('{"text": 42}', "not a string"),
        ('{"text": "   "}', "empty"),
        ('{"text": "Met.", "published": "someday"}', "not a date"),
    ],
)
def test_bad_jsonl_line_is_an_error_for_that_line_only(tmp_path: Path, line: str,
                                                       reason: str) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(f'{{"text": "Before."}}\n{line}\n{{"text": "After."}}\n', encoding="utf-8")
    items = list(iter_path(path))
    assert [getattr(item, "text", None) for item in (items[0], items[2])] == ["Before.", "After."]
    error = items[1]
    assert isinstance(error, InputError)
    assert error.source == f"{path}:2" and reason in str(error)


def test_iter_path_yields_errors_instead_of_raising(tmp_path: Path) -> None:
    [error] = list(iter_path(tmp_path / "absent.md"))
    assert isinstance(error, InputError)


def test_empty_stdin_is_rejected() -> None:
    with pytest.raises(InputError, match="<stdin>: empty file"):
        read_stdin("  \n")


def test_error_message_is_one_line_with_source_reason_and_hint(tmp_path: Path) -> None:
    message = str(_error_for(tmp_path / "absent.txt"))
    assert message == f"{tmp_path / 'absent.txt'}: no such file (check the path)"
