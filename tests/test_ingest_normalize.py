"""Text normalisation, document ids and publication dates in `document_from_text`."""

from __future__ import annotations

import pytest

from communique.errors import InputError
from communique.ingest import document_from_text, normalize_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\ufeffTalks began.", "Talks began."),
        ("Line one\r\nLine two\rLine three", "Line one\nLine two\nLine three"),
        ("Cafe\u0301 talks", "Caf\u00e9 talks"),
        ("Minister\u00a0Ruiz and\u202fthe envoy", "Minister Ruiz and the envoy"),
        ("Bell\x07 and NUL\x00 gone\x1b", "Bell and NUL gone"),
        ("page one\x0cpage two", "page one\npage two"),
        ("trailing spaces   \nand tabs\t\n", "trailing spaces\nand tabs"),
        ("\n\n\nFirst.\n\n\n\n\nSecond.\n\n", "First.\n\nSecond."),
        ("keep\ttabs and  double  spaces", "keep\ttabs and  double  spaces"),
    ],
)
def test_normalisation_cleans_containers_artefacts(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_curly_quotes_and_dashes_are_kept_as_written() -> None:
    text = "\u201cWe agreed\u201d \u2014 the minister\u2019s words \u2013 2020\u20132021"
    assert document_from_text(text, source="<text>").text == text


def test_id_is_stable_hash_of_normalised_text() -> None:
    first = document_from_text("Leaders met.\r\n", source="a.txt")
    second = document_from_text("\ufeffLeaders met.  ", source="b.txt")
    assert first.id == second.id
    assert first.id.startswith("sha1:") and len(first.id) == len("sha1:") + 16


def test_different_texts_get_different_ids() -> None:
    assert (document_from_text("Leaders met.", source="x").id
            != document_from_text("Leaders met again.", source="x").id)


def test_supplied_id_wins_over_hash() -> None:
    assert document_from_text("Leaders met.", source="x", doc_id="wire-42").id == "wire-42"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2024-08-20", "2024-08-20"),
        ("2024-08-20T10:15:00+09:00", "2024-08-20"),
        ("2021-03-01 18:59:26-05:00", "2021-03-01"),
        ("2024-08-20T10:15:00Z", "2024-08-20"),
        (None, None),
        ("", None),
    ],
)
def test_published_accepts_dates_and_iso_datetimes(given: str | None, expected: str | None) -> None:
    assert document_from_text("Talks.", source="x", published=given).published == expected


@pytest.mark.parametrize("garbage", ["last Tuesday", "2024-13-01", "2024-02-30", "20-08-2024",
                                     "2024-08-20 and more"])
def test_garbage_published_date_raises_input_error_naming_source(garbage: str) -> None:
    with pytest.raises(InputError) as caught:
        document_from_text("Talks.", source="wire.txt", published=garbage)
    assert caught.value.source == "wire.txt"
    assert "YYYY-MM-DD" in str(caught.value)


def test_metadata_fields_are_single_clean_lines() -> None:
    doc = document_from_text("Talks.", source="x", title="  Joint\u00a0Statement\non Trade ",
                             publisher="", url=" https://example.org/a ")
    assert (doc.title, doc.publisher, doc.url) == ("Joint Statement on Trade", None,
                                                    "https://example.org/a")
