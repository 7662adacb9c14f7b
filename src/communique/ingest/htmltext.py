"""One standard-library pass over an HTML page: its visible text and its metadata.

The text is the fallback when trafilatura finds no main text: the page minus scripts, styles,
navigation and hidden elements (hidden tooltips would otherwise repeat names: "Narendra Modi
Modi Narendra Prime Minister of India"). The metadata (title, date, site name, canonical URL)
comes from `<meta>` tags, `<link rel="canonical">`, JSON-LD and `<title>`; reading it here is
several times cheaper than trafilatura's metadata search, which also hunts for authors.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

from communique.ingest.htmlmeta import PageMeta, page_metadata
from communique.ingest.htmlrelated import drop_related_blocks

_SKIPPED = frozenset({"script", "style", "noscript", "template", "nav", "header", "footer",
                      "aside", "form", "button", "select", "svg", "iframe", "head"})
_BLOCKS = frozenset({"p", "div", "section", "article", "main", "li", "ul", "ol", "table", "tr",
                     "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd", "dt",
                     "figcaption", "hr", "body"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "source", "track", "wbr"})
# NUL cannot occur in decoded input (the decoder rejects it), so it can mark a <br>.
_LINE_BREAK = "\x00"


@dataclass(frozen=True, slots=True)
class PageText:
    """The visible text of a page and its metadata."""

    text: str
    meta: PageMeta


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.title_pieces: list[str] = []
        self.meta: dict[str, str] = {}
        self.json_ld: list[str] = []
        # (tag, does it hide its content, where its text starts if it is a content root or -1)
        self._stack: list[tuple[str, bool, int]] = []
        self.roots: list[tuple[int, int]] = []  # piece ranges of <article>, <main>, articleBody
        self._hidden_depth = 0
        self._in_title = False
        self._in_json_ld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): (value or "") for name, value in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "")
            if key and values.get("content"):
                self.meta.setdefault(key.lower(), values["content"].strip())
            return
        if tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.meta.setdefault("canonical", values.get("href", "").strip())
        if tag == "title":
            self._in_title = True
        if tag == "script" and values.get("type", "").lower() == "application/ld+json":
            self._in_json_ld = True
        if tag == "br":
            self.pieces.append(_LINE_BREAK)
        if tag in _BLOCKS:
            self.pieces.append("\n\n")
        if tag in _VOID:
            return
        hides = tag in _SKIPPED or _is_hidden(values)
        is_root = (tag in ("article", "main") or values.get("itemprop") == "articleBody"
                   or values.get("role") == "main")
        self._stack.append((tag, hides, len(self.pieces) if is_root else -1))
        self._hidden_depth += hides

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "script":
            self._in_json_ld = False
        if tag in _BLOCKS:
            self.pieces.append("\n\n")
        # Close up to the matching tag: real pages leave elements unclosed.
        for index in range(len(self._stack) - 1, -1, -1):
            if self._stack[index][0] == tag:
                for _, hides, root_start in self._stack[index:]:
                    self._hidden_depth -= hides
                    if root_start >= 0:
                        self.roots.append((root_start, len(self.pieces)))
                del self._stack[index:]
                break

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_pieces.append(data)
        elif self._in_json_ld:
            self.json_ld.append(data)
        elif not self._hidden_depth:
            self.pieces.append(data)


def _is_hidden(attrs: dict[str, str]) -> bool:
    classes = attrs.get("class", "").split()
    style = attrs.get("style", "").replace(" ", "").lower()
    # Boxes of links to other stories ("related-news", "see-also") are not the article.
    names = " ".join((*classes, attrs.get("id", ""))).lower()
    return ("hidden" in attrs or attrs.get("aria-hidden") == "true" or "hidden" in classes
            or "display:none" in style or "related" in names or "see-also" in names
            or "seealso" in names)


def html_to_text(page: str) -> PageText:
    """The visible text of an HTML page, one paragraph per block, plus its metadata.

    When the page marks its content (`<article>`, `<main>`, `itemprop="articleBody"`), the
    longest such element is the text; otherwise the whole visible page is.

    Example:
        >>> found = html_to_text("<title>Talks</title><p>Leaders <b>met</b>.</p><script>1</script>")
        >>> found.text, found.meta.title
        ('Leaders met.', 'Talks')
    """
    parser = _TextParser()
    parser.feed(page)
    parser.close()
    pieces = parser.pieces
    if parser.roots:
        start, end = max(parser.roots, key=lambda root: sum(map(len, pieces[root[0]:root[1]])))
        pieces = pieces[start:end]
    paragraphs = (
        "\n".join(filter(None, (" ".join(line.split()) for line in chunk.split(_LINE_BREAK))))
        for chunk in "".join(pieces).split("\n\n")
    )
    text = "\n\n".join(drop_related_blocks([paragraph for paragraph in paragraphs if paragraph]))
    title = " ".join("".join(parser.title_pieces).split()) or None
    return PageText(text=text, meta=page_metadata(parser.meta, parser.json_ld, title))
