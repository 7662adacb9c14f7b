"""Plain HTML to text with the standard library: the fallback when trafilatura finds nothing.

It keeps the text of the page minus scripts, styles, navigation and hidden elements (hidden
tooltips would otherwise repeat names: "Narendra Modi Modi Narendra Prime Minister of India"),
and reads the title and publication date from the usual `<meta>` tags.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

_SKIPPED = frozenset({"script", "style", "noscript", "template", "nav", "header", "footer",
                      "aside", "form", "button", "select", "svg", "iframe", "head"})
_BLOCKS = frozenset({"p", "div", "section", "article", "main", "li", "ul", "ol", "table", "tr",
                     "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd", "dt",
                     "figcaption", "hr", "body"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "source", "track", "wbr"})
# NUL cannot occur in decoded input (the decoder rejects it), so it can mark a <br>.
_LINE_BREAK = "\x00"
_TITLE_META = ("og:title", "twitter:title", "dc.title")
_DATE_META = ("article:published_time", "datepublished", "date", "dc.date", "pubdate",
              "ya:ovs:upload_date", "og:published_time", "dcterms.created")
_SITE_META = ("og:site_name", "application-name", "publisher", "dc.publisher")


@dataclass(slots=True)
class PageText:
    """What the fallback parser found in a page."""

    text: str = ""
    title: str | None = None
    published: str | None = None
    sitename: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.title_pieces: list[str] = []
        self.meta: dict[str, str] = {}
        self._stack: list[tuple[str, bool]] = []  # (tag, does it hide its content)
        self._hidden_depth = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): (value or "") for name, value in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "")
            if key and values.get("content"):
                self.meta.setdefault(key.lower(), values["content"].strip())
            return
        if tag == "title":
            self._in_title = True
        if tag == "br":
            self.pieces.append(_LINE_BREAK)
        if tag in _BLOCKS:
            self.pieces.append("\n\n")
        if tag in _VOID:
            return
        hides = tag in _SKIPPED or _is_hidden(values)
        self._stack.append((tag, hides))
        self._hidden_depth += hides

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _BLOCKS:
            self.pieces.append("\n\n")
        # Close up to the matching tag: real pages leave elements unclosed.
        for index in range(len(self._stack) - 1, -1, -1):
            if self._stack[index][0] == tag:
                for _, hides in self._stack[index:]:
                    self._hidden_depth -= hides
                del self._stack[index:]
                break

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_pieces.append(data)
        elif not self._hidden_depth:
            self.pieces.append(data)


def _is_hidden(attrs: dict[str, str]) -> bool:
    classes = attrs.get("class", "").split()
    style = attrs.get("style", "").replace(" ", "").lower()
    return ("hidden" in attrs or attrs.get("aria-hidden") == "true" or "hidden" in classes
            or "display:none" in style)


def html_to_text(page: str) -> PageText:
    """The visible text of an HTML page, one paragraph per block, plus its metadata.

    Example:
        >>> found = html_to_text("<title>Talks</title><p>Leaders <b>met</b>.</p><script>x()</script>")
        >>> found.text, found.title
        ('Leaders met.', 'Talks')
    """
    parser = _TextParser()
    parser.feed(page)
    parser.close()
    paragraphs = (
        "\n".join(filter(None, (" ".join(line.split()) for line in chunk.split(_LINE_BREAK))))
        for chunk in "".join(parser.pieces).split("\n\n")
    )
    text = "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
    meta = parser.meta
    title = next((meta[key] for key in _TITLE_META if meta.get(key)), None)
    if title is None:
        title = " ".join("".join(parser.title_pieces).split()) or None
    return PageText(
        text=text,
        title=title,
        published=next((meta[key] for key in _DATE_META if meta.get(key)), None),
        sitename=next((meta[key] for key in _SITE_META if meta.get(key)), None),
        meta=meta,
    )
