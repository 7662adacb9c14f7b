"""HTML pages to documents: trafilatura for the main text and metadata, with a fallback.

trafilatura finds the article in a page full of navigation, and reads title, date and site
name from its metadata. When it finds no main text (a bare fragment, an unusual layout) the
standard-library parser in `htmltext` takes the page's visible text instead, so an HTML input
never comes back empty just because it lacks article markup.
"""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura

from communique.ingest.htmltext import html_to_text
from communique.ingest.normalize import parse_published

# A page title often ends with the site's name: "Talks with X • President of Russia".
_TITLE_SEPARATORS = (" • ", " | ", " – ", " — ", " - ", " :: ")


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """The text and metadata read from one HTML page."""

    text: str
    title: str | None
    published: str | None
    publisher: str | None
    url: str | None


def read_html(page: str) -> HtmlPage:
    """The main text of an HTML page with its title, date, publisher and canonical URL.

    Paragraphs are separated by blank lines, as in every other format.

    Args:
        page: the decoded HTML.
    """
    extracted = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=True, deduplicate=False
    )
    found = HtmlPage(text="", title=None, published=None, publisher=None, url=None)
    if extracted is not None:
        lines = (line.strip() for line in (extracted.text or "").split("\n"))
        found = HtmlPage(
            text="\n\n".join(line for line in lines if line),
            title=extracted.title,
            published=parse_published(extracted.date),
            publisher=extracted.sitename,
            url=extracted.url,
        )
    if found.text and found.title and found.published and found.publisher:
        return found
    # The standard-library parse costs a second pass, so it runs only when something is missing.
    fallback = html_to_text(page)
    return HtmlPage(
        text=found.text or fallback.text,
        title=found.title or _strip_site_name(fallback.title, fallback.sitename),
        published=found.published or parse_published(fallback.published),
        publisher=found.publisher or fallback.sitename,
        url=found.url,
    )


def _strip_site_name(title: str | None, site: str | None) -> str | None:
    if title is None or site is None:
        return title
    for separator in _TITLE_SEPARATORS:
        if title.endswith(separator + site):
            return title[: -len(separator + site)]
    return title
