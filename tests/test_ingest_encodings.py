"""Files in legacy or UTF-16 encodings are read, never rejected."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from communique.ingest import read_path

TEXT = ("The Minister\u2019s \u201cfrank\u201d talks in Z\u00fcrich \u2014 with S\u00e3o Tom\u00e9 "
        "and Fran\u00e7ois \u2014 ended on 3 March.")


@pytest.mark.parametrize(
    "encoded",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("cp1252"),
        TEXT.encode("utf-16"),  # with byte order mark
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16-le"),  # without byte order mark
        TEXT.encode("utf-32"),
    ],
    ids=["utf-8", "utf-8-bom", "cp1252", "utf-16", "utf-16-be-bom", "utf-16-le-no-bom", "utf-32"],
)
def test_encoded_text_file_decodes_to_the_same_text(tmp_path: Path, encoded: bytes) -> None:
    path = tmp_path / "statement.txt"
    path.write_bytes(encoded)
    assert read_path(path)[0].text == TEXT


def test_latin1_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes("Le ministre a d\u00e9clar\u00e9 \u00e0 Gen\u00e8ve.".encode("latin-1"))
    assert read_path(path)[0].text == "Le ministre a d\u00e9clar\u00e9 \u00e0 Gen\u00e8ve."


def test_cyrillic_legacy_file_is_read(tmp_path: Path) -> None:
    text = ("\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 "
            "\u043f\u0440\u043e\u0432\u0451\u043b "
            "\u0442\u0435\u043b\u0435\u0444\u043e\u043d\u043d\u044b\u0439 "
            "\u0440\u0430\u0437\u0433\u043e\u0432\u043e\u0440 \u0441 "
            "\u043f\u0440\u0435\u043c\u044c\u0435\u0440-"
            "\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u043e\u043c.")
    path = tmp_path / "ru.txt"
    path.write_bytes(text.encode("cp1251"))
    assert read_path(path)[0].text == text


def test_cp1252_markdown_with_front_matter_is_read(tmp_path: Path) -> None:
    path = tmp_path / "old.md"
    path.write_bytes("---\ntitle: Caf\u00e9 talks\n---\n\u201cAgreed,\u201d she said.\r\n"
                     .encode("cp1252"))
    [doc] = read_path(path)
    assert (doc.title, doc.text) == ("Caf\u00e9 talks", "Caf\u00e9 talks\n\n\u201cAgreed,\u201d she said.")
