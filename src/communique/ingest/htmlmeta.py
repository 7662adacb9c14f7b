"""Page metadata from what an HTML page declares about itself.

Sources, most trusted first: Open Graph and article `<meta>` tags, JSON-LD (`NewsArticle`
and kin), then `<title>` with the site name cut off. Dates are kept only when they parse.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from communique.ingest.normalize import parse_published

_TITLE_META = ("og:title", "twitter:title", "dc.title", "headline")
_DATE_META = ("article:published_time", "datepublished", "og:published_time", "pubdate",
              "publishdate", "date", "dc.date", "dcterms.created", "ya:ovs:upload_date")
_SITE_META = ("og:site_name", "application-name", "dc.publisher", "publisher")
_URL_META = ("canonical", "og:url")
# A page title often ends with the site's name: "Talks with X • President of Russia".
_TITLE_SEPARATORS = (" • ", " | ", " – ", " — ", " - ", " :: ")


@dataclass(frozen=True, slots=True)
class PageMeta:
    """Title, publication date (YYYY-MM-DD), site name and canonical URL of a page."""

    title: str | None = None
    published: str | None = None
    sitename: str | None = None
    url: str | None = None


def page_metadata(meta: dict[str, str], json_ld: list[str], title_tag: str | None) -> PageMeta:
    """The metadata of a page from its `<meta>` values, JSON-LD scripts and `<title>` text.

    Args:
        meta: `<meta>` contents by lower-cased property, name or itemprop, plus "canonical".
        json_ld: the text of each `application/ld+json` script.
        title_tag: the text of `<title>`.

    Example:
        >>> page_metadata({"og:site_name": "Ministry"}, [], "Talks | Ministry").title
        'Talks'
    """
    linked = _json_ld_fields(json_ld)
    sitename = _first(meta, _SITE_META) or linked.get("publisher")
    published = next(
        (day for key in _DATE_META if (day := parse_published(meta.get(key))) is not None),
        parse_published(linked.get("datePublished")),
    )
    title = _first(meta, _TITLE_META) or linked.get("headline") or _strip_site(title_tag, sitename)
    # Saved pages often carry a relative canonical link ("37853.html"): keep absolute URLs only.
    urls = [meta.get(key) for key in _URL_META] + [linked.get("url")]
    url = next((u for u in urls if u and u.startswith(("http://", "https://"))), None)
    return PageMeta(title=title, published=published, sitename=sitename, url=url)


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((meta[key] for key in keys if meta.get(key)), None)


def _strip_site(title: str | None, site: str | None) -> str | None:
    if title is None or site is None:
        return title
    for separator in _TITLE_SEPARATORS:
        if title.endswith(separator + site):
            return title[: -len(separator + site)]
    return title


def _json_ld_fields(scripts: list[str]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for script in scripts:
        try:
            data = json.loads(script)
        except ValueError:
            continue  # malformed JSON-LD is common; the page's other metadata still counts
        for item in _items(data):
            for key in ("headline", "datePublished", "url"):
                if isinstance(item.get(key), str):
                    fields.setdefault(key, item[key])
            publisher = item.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                fields.setdefault("publisher", publisher["name"])
    return fields


def _items(data: Any) -> Iterator[dict[str, Any]]:
    # JSON-LD holds one object, a list of them, or a "@graph" of them.
    if isinstance(data, list):
        for entry in data:
            yield from _items(entry)
    elif isinstance(data, dict):
        if "@graph" in data:
            yield from _items(data["@graph"])
        if "datePublished" in data or "headline" in data:
            yield data
