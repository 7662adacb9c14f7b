"""Where a place's name starts and ends inside an entity: "the city of Fukuoka" is "Fukuoka".

Example:
    >>> clean_name("the city of Fukuoka")
    'Fukuoka'
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan

from communique.nlp.analysis import Analysis
from communique.types import Span

# "the city of Fukuoka", "the Indo-Pacific's": words around a place name that are not its name.
_LEADING = re.compile(
    r"^(?:the\s+)?(?:(?:city|town|port|state|province|region|island|capital)\s+of\s+)?", re.I
)
_TRAILING = re.compile(r"(?:'s|’s|')$")
REGION_TAIL = re.compile(r"\s+regions?(?:\s+of\s+.+)?$", re.I)

def clean_name(text: str) -> str:
    """The place's own name in an entity's words: "the city of Fukuoka" -> "Fukuoka"."""
    name = _LEADING.sub("", " ".join(text.split()), count=1)
    return _TRAILING.sub("", name).strip()


def name_span(analysis: Analysis, ent: SpacySpan) -> Span:
    """The mention without its leading "the" or "city of" and trailing possessive."""
    words = ent.text
    lead = _LEADING.match(words)
    start = ent.start_char + (lead.end() if lead else 0)
    trail = _TRAILING.search(words)
    end = ent.end_char - (len(trail.group()) if trail else 0)
    return analysis.span(start, end) if start < end else analysis.span_of(ent)


def with_region_tail(ent: SpacySpan) -> SpacySpan:
    """ "the North-East" + "region of India" -> one region span, so India is not its country."""
    doc = ent.doc
    end = ent.end
    if ent.label_ != "LOC" or end >= len(doc) or doc[end].lower_ not in ("region", "regions"):
        return ent
    end += 1
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].ent_type_ == "GPE":
        end += 2
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    return SpacySpan(doc, ent.start, end, label=ent.label_)
