"""'See also' and 'Related news' link lists are not part of a page's text."""

from __future__ import annotations

import pytest

from communique.ingest.html import read_html
from communique.ingest.htmlrelated import drop_related_blocks, is_related_label
from communique.ingest.htmltext import html_to_text

BODY = "<p>" + " ".join(
    ["The two presidents held talks in the capital and discussed trade and regional security."] * 3
) + "</p>"
SEE_ALSO_PAGE = f"""<html><head><title>Talks with the President of Ruritania</title></head><body>
<div class="read"><h1>Talks with the President of Ruritania</h1>{BODY}{BODY}
<div class="cut"><h3>See also</h3><div><a href="1.html">Telephone conversation with the Prime
Minister of Freedonia</a><div>May 1, 2019</div></div></div></div></body></html>"""
RELATED_LIST_PAGE = f"""<html><body><article>{BODY}{BODY}<h2>Related news</h2><ul>
<li><a href="/a">Meeting with the Chancellor of Sylvania</a></li><li><a href="/b">Visit to
Freedonia</a></li></ul></article></body></html>"""
FRAGMENT = f"""<div>{BODY}<p>See also:</p><ul><li><a href="x">Meeting with the Chancellor of
Sylvania</a></li></ul></div>"""
RELATED_CLASS_FRAGMENT = f"""<div>{BODY}<div class="related-stories"><a href="x">Visit to
Freedonia</a></div></div>"""


@pytest.mark.parametrize("page", [SEE_ALSO_PAGE, RELATED_LIST_PAGE, FRAGMENT])
def test_related_link_titles_do_not_reach_the_text(page: str) -> None:
    text = read_html(page).text
    assert "talks in the capital" in text
    assert not any(word in text for word in ("Freedonia", "Sylvania", "See also", "Related news"))


@pytest.mark.parametrize("page", [SEE_ALSO_PAGE, RELATED_LIST_PAGE, FRAGMENT, RELATED_CLASS_FRAGMENT])
def test_fallback_text_drops_related_link_lists(page: str) -> None:
    text = html_to_text(page).text
    assert "talks in the capital" in text
    assert "Freedonia" not in text and "Sylvania" not in text


def test_prose_after_a_related_block_is_kept() -> None:
    kept = drop_related_blocks(["Leaders met.", "Related:", "Visit to X", "The talks resumed on Monday."])
    assert kept == ["Leaders met.", "The talks resumed on Monday."]


@pytest.mark.parametrize(
    ("line", "label"),
    [("See also", True), ("Related news:", True), ("Read more", True),
     ("See also the annex for details.", False), ("Related talks were held in Oslo.", False)],
)
def test_only_bare_labels_open_a_related_block(line: str, label: bool) -> None:
    assert is_related_label(line) is label
