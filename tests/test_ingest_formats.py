"""Reading .txt, .md, .html and .jsonl files into Documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.errors import InputError
from communique.ingest import iter_path, read_path, read_stdin
from communique.ingest.htmltext import html_to_text
from communique.ingest.markdown import markdown_to_text
from communique.types import Document

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def test_plain_text_file_becomes_one_document(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text("Envoys meet in Oslo\n\nThe envoys met on Monday.\n", encoding="utf-8")
    [doc] = read_path(path)
    assert doc.text == "Envoys meet in Oslo\n\nThe envoys met on Monday."
    assert doc.source == str(path) and doc.title == "Envoys meet in Oslo" and doc.published is None


def test_html_character_references_left_in_plain_text_are_read_as_characters(tmp_path: Path) -> None:
    path = tmp_path / "scraped.txt"
    path.write_text("Envoys sign a communiqu&#233;\n\nThey agreed on trade &amp; aid.\n", encoding="utf-8")
    [doc] = read_path(path)
    assert doc.text == "Envoys sign a communiqué\n\nThey agreed on trade & aid."


def test_unknown_extension_with_text_content_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.log"
    path.write_text("The delegations exchanged letters.", encoding="utf-8")
    assert read_path(path)[0].text == "The delegations exchanged letters."


def test_unknown_extension_that_starts_like_a_page_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "page.asp"
    path.write_text("<!DOCTYPE html><html><head><title>T</title></head>"
                    "<body><p>The delegations exchanged letters.</p></body></html>",
                    encoding="utf-8")
    assert read_path(path)[0].text == "The delegations exchanged letters."


def test_markdown_front_matter_gives_title_date_url_publisher() -> None:
    [doc] = read_path(FIXTURES / "readout.md")
    assert doc.title == "Readout of the Minister's Meeting with the Foreign Minister of Freedonia"
    assert doc.published == "2023-05-04"
    assert doc.url == "https://example.org/briefing-room/2023/05/04/readout/"
    assert doc.publisher == "Example Ministry of Foreign Affairs"


def test_markdown_markup_is_stripped_and_paragraphs_kept() -> None:
    text = read_path(FIXTURES / "readout.md")[0].text
    assert "Foreign Minister Ana Ruiz of Freedonia in Lisbon on May 4" in text  # soft wrap joined
    assert "discuss maritime security and trade." in text  # link text kept, URL dropped
    assert "photo" not in text and "https" not in text  # image dropped
    assert "**" not in text and "#" not in text
    assert "\n\nThe ministers agreed to hold the next round of talks in June.\n\n" in text
    assert "25th anniversary" in text
    assert "17. Both sides reaffirmed their commitment to the *rules-based* order." in text


def test_markdown_struck_words_dropped_and_hard_breaks_kept() -> None:
    text = read_path(FIXTURES / "readout.md")[0].text
    assert text.endswith("THE MINISTER:  It is [great] to be here.\nThank you.")


def test_markdown_without_front_matter_takes_title_from_first_heading() -> None:
    text, heading = markdown_to_text("## Joint Statement ##\n\nBoth sides agreed.")
    assert (text, heading) == ("Joint Statement\n\nBoth sides agreed.", "Joint Statement")


@pytest.mark.parametrize("key", ["date", "published", "published_time"])
def test_front_matter_date_keys_are_read(tmp_path: Path, key: str) -> None:
    path = tmp_path / "a.md"
    path.write_text(f"---\n{key}: 2022-11-15\n---\nLeaders met.\n", encoding="utf-8")
    assert read_path(path)[0].published == "2022-11-15"


def test_unparseable_front_matter_date_falls_back_to_next_key(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ndate: spring 2022\npublished_time: 2022-04-02 10:00:00\n---\nMet.\n",
                    encoding="utf-8")
    assert read_path(path)[0].published == "2022-04-02"


def test_html_main_text_title_date_publisher_and_url() -> None:
    [doc] = read_path(FIXTURES / "statement.html")
    assert doc.title == "Joint Statement on Fisheries Cooperation"
    assert doc.published == "2019-11-21"
    assert doc.publisher == "Example Ministry"
    assert doc.url == "https://example.org/news/fisheries-statement"
    assert "signed a memorandum of understanding" in doc.text
    assert "Home" not in doc.text and "All rights reserved" not in doc.text
    assert "\n\nBoth ministers agreed" in doc.text


def test_html_fallback_keeps_visible_text_and_drops_scripts_and_hidden_tooltips() -> None:
    page = html_to_text((FIXTURES / "fragment.htm").read_text(encoding="utf-8"))
    assert page.text == ("The Prime Minister spoke by phone with the President of Sylvania.\n"
                         "They discussed energy.")
    assert page.meta.title == "Call readout"  # the site name after " | " is cut off


def test_html_json_ld_supplies_date_headline_and_publisher(tmp_path: Path) -> None:
    path = tmp_path / "wire.html"
    path.write_text(
        '<html><head><script type="application/ld+json">{"@graph": [{"@type": "NewsArticle",'
        ' "headline": "Envoys agree truce terms", "datePublished": "2022-06-30T17:05:00Z",'
        ' "publisher": {"@type": "Organization", "name": "Example Wire"}}]}</script></head>'
        "<body><article><p>Envoys from both sides agreed the terms of a truce on Thursday after"
        " three days of talks in Doha, officials said.</p></article></body></html>",
        encoding="utf-8",
    )
    [doc] = read_path(path)
    assert (doc.title, doc.published, doc.publisher) == (
        "Envoys agree truce terms", "2022-06-30", "Example Wire")
    assert "datePublished" not in doc.text


def test_html_fragment_still_gives_text_and_title_without_site_name() -> None:
    [doc] = read_path(FIXTURES / "fragment.htm")
    assert doc.text.startswith("Call readout\n\nThe Prime Minister spoke by phone with the President of Sylvania.")
    assert doc.title == "Call readout"
    assert "do not read" not in doc.text


def test_jsonl_yields_documents_and_an_error_per_bad_line() -> None:
    items = list(iter_path(FIXTURES / "batch.jsonl"))
    documents = [item for item in items if isinstance(item, Document)]
    errors = [item for item in items if isinstance(item, InputError)]
    assert [doc.id for doc in documents][0] == "a-1"
    assert [doc.id for doc in documents][2] == "7"
    assert documents[0].title == "Geneva meeting" and documents[0].published == "2020-01-15"
    assert documents[0].url == "https://example.org/a-1"
    assert documents[0].publisher == "Example Wire"
    assert documents[2].published == "2021-02-03"
    assert [error.source.rsplit(":", 1)[1] for error in errors] == ["4", "5"]
    assert "not valid JSON" in errors[0].reason and '"text"' in errors[1].reason


def test_jsonl_document_source_names_its_line() -> None:
    first = next(iter(iter_path(FIXTURES / "batch.jsonl")))
    assert isinstance(first, Document) and first.source.endswith("batch.jsonl:1")


def test_read_path_raises_the_first_bad_jsonl_line() -> None:
    with pytest.raises(InputError, match=r"batch\.jsonl:4"):
        read_path(FIXTURES / "batch.jsonl")


def test_stdin_text_is_a_document_named_stdin() -> None:
    [doc] = read_stdin("Ministers met.\r\n")
    assert (doc.source, doc.text) == ("<stdin>", "Ministers met.")


def test_stdin_can_be_read_as_jsonl() -> None:
    docs = read_stdin(b'{"text": "One."}\n{"text": "Two."}\n', format="jsonl")
    assert [doc.text for doc in docs] == ["One.", "Two."]


def test_html_fallback_prefers_the_marked_article_over_the_rest_of_the_page() -> None:
    page = html_to_text("<body><div>Site menu</div><div itemprop='articleBody'><p>Envoys met."
                        "</p><p>They agreed.</p></div><div>Related links</div></body>")
    assert page.text == "Envoys met.\n\nThey agreed."


def test_jsonl_text_may_hold_unicode_line_separators(tmp_path: Path) -> None:
    path = tmp_path / "sep.jsonl"
    path.write_text('{"text": "First part.\u2028Second part."}\n', encoding="utf-8")
    [doc] = read_path(path)
    assert doc.text == "First part.\nSecond part."


def test_plain_text_headline_becomes_the_title(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("Ministers agree on new framework\n\nThe ministers met on Monday.", encoding="utf-8")
    (document,) = read_path(str(path))
    assert document.title == "Ministers agree on new framework"
    assert document.text.startswith("Ministers agree")


def test_plain_text_starting_with_a_sentence_has_no_title(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("The ministers met on Monday.\n\nThey agreed.", encoding="utf-8")
    (document,) = read_path(str(path))
    assert document.title is None


@pytest.mark.parametrize(
    "text,published",
    [
        ("Talks postponed\n\nCAIRO, November 3, 2025 - A meeting was postponed.", "2025-11-03"),
        ("NEW DELHI, Aug. 21, 2024 (PTI) - The ministers met.", "2024-08-21"),
        ("HANOI, 4 March 2025 \u2014 Vietnam and the Philippines agreed.", "2025-03-04"),
        ("The ministers met in Cairo on November 3, 2025.", None),
        ("CAIRO, February 30, 2025 - An impossible date.", None),
    ],
)
def test_plain_text_dateline_gives_the_document_date(tmp_path, text, published):
    path = tmp_path / "wire.txt"
    path.write_text(text, encoding="utf-8")
    (document,) = read_path(str(path))
    assert document.published == published


@pytest.mark.parametrize(
    "text,published",
    [
        ("State visit begins\n\nDUBLIN, Monday 15 September 2025 - The President arrived.", "2025-09-15"),
        ("Readout of the call\n\nFebruary 18, 2025\n\nThe leaders spoke today.", "2025-02-18"),
        ("Joint press conference\nBerlin, Federal Chancellery, 12 June 2025\n\nCHANCELLOR: Welcome.", "2025-06-12"),
        ("Ministers will meet again.\n\nThey last met in Rome on 12 June 2025, officials said.", None),
    ],
)
def test_plain_text_date_line_under_the_headline_gives_the_document_date(tmp_path, text, published):
    path = tmp_path / "note.txt"
    path.write_text(text, encoding="utf-8")
    (document,) = read_path(str(path))
    assert document.published == published


def test_a_title_kept_apart_from_the_body_leads_the_text(tmp_path):
    path = tmp_path / "readout.md"
    path.write_text("---\ntitle: Readout of the Call with Prime Minister Ito of Japan\n---\n\n"
                    "The President spoke today with the Prime Minister.", encoding="utf-8")
    (document,) = read_path(str(path))
    assert document.text == ("Readout of the Call with Prime Minister Ito of Japan\n\n"
                             "The President spoke today with the Prime Minister.")


def test_a_title_already_opening_the_body_is_not_repeated(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("---\ntitle: Leaders meet in Oslo\n---\n\n# Leaders meet in Oslo\n\n"
                    "The leaders met.", encoding="utf-8")
    (document,) = read_path(str(path))
    assert document.text.count("Leaders meet in Oslo") == 1
