"""Titles of office in the text ("External Affairs Minister", "EAM", "Foreign Minister").

Titles come from the gazetteer ruler's TITLE entities when the pipeline has the ruler, and from
a longest-match scan of capitalised token runs against the gazetteer otherwise (or for titles
the ruler left inside other entities, such as the plain model's "EAM Jaishankar" PERSON).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from communique.mentions.actor_gazetteer import ActorGazetteer, TitleEntry, exact_title
from communique.mentions.actor_lexicon import ActorLexicon

MAX_TITLE_TOKENS = 5
MAX_PORTFOLIO_WORDS = 3
# Words allowed inside a multi-word title: "Secretary of State", "Minister for Foreign Affairs".
CONNECTORS = frozenset({"of", "for", "and", "&", "-", "the"})
SKIP_LABELS = frozenset({"GPE", "NORP", "DATE", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"})


@dataclass(frozen=True, slots=True)
class TitleMention:
    """A title over tokens [start, end). `former` when "former"/"ex-" precedes it."""

    start: int
    end: int
    title: TitleEntry
    former: bool
    text: str

    @property
    def role(self) -> str:
        """The title as the text spells it ("Defense Minister"), or its name for an abbreviation
        or a shouted transcript label ("EAM", "PRESIDENT" -> the gazetteer's name)."""
        return self.title.name if self.text.isupper() or not self.text[:1].isupper() else self.text


def find_titles(doc: Doc, gazetteer: ActorGazetteer, lexicon: ActorLexicon) -> list[TitleMention]:
    """Every title in `doc`, in document order, longest match first, never overlapping."""
    found: list[TitleMention] = []
    taken: set[int] = set()
    for ent in doc.ents:
        if ent.label_ == "TITLE" and not _clock_time(doc, ent.start, ent.end):
            title = gazetteer.title(ent.text)
            if title is not None:
                found.append(_mention(doc, ent.start, ent.end, title, lexicon))
                taken.update(range(ent.start, ent.end))
    i, n = 0, len(doc)
    while i < n:
        token = doc[i]
        # Inside a gazetteer body a title word is part of its name: "UN General Assembly".
        if i in taken or not _capitalised(token.text) or token.ent_type_ in SKIP_LABELS or token.ent_id_.startswith("org:"):
            i += 1
            continue
        match = _longest_title(doc, i, gazetteer)
        if match is None:
            i += 1
            continue
        end, title = match
        if not taken.intersection(range(i, end)) and not _clock_time(doc, i, end):
            found.append(_mention(doc, i, end, title, lexicon))
            taken.update(range(i, end))
        i = end
    found.sort(key=lambda m: m.start)
    return [_with_portfolio(doc, m, lexicon, taken) for m in found]


def _clock_time(doc: Doc, start: int, end: int) -> bool:
    """ "3:09 P.M. EDT": an abbreviation right after a number is a time of day, not a title."""
    return start > 0 and doc[start : end].text.isupper() and any(ch.isdigit() for ch in doc[start - 1].text)


def _with_portfolio(doc: Doc, mention: TitleMention, lexicon: ActorLexicon, taken: set[int]) -> TitleMention:
    """A generic title widened over its portfolio: "Trade Commissioner", "Minister of Mines and
    Energy". The portfolio words are capitalised, untagged and not a country ("Minister of
    Brazil" keeps its "of Brazil" as country evidence)."""
    if mention.title.id not in lexicon.portfolio_titles:
        return mention
    start, end = mention.start, mention.end
    while start > 0 and mention.start - start < MAX_PORTFOLIO_WORDS and _portfolio_word(doc[start - 1], taken):
        start -= 1
    if end + 1 < len(doc) and doc[end].lower_ in ("of", "for") and _portfolio_word(doc[end + 1], taken):
        stop = end + 1
        while stop < len(doc) and stop - end <= MAX_PORTFOLIO_WORDS and (
            _portfolio_word(doc[stop], taken) or (doc[stop].lower_ in ("and", "&", ",") and stop + 1 < len(doc) and _portfolio_word(doc[stop + 1], taken))
        ):
            stop += 1
        end = stop
    if (start, end) == (mention.start, mention.end):
        return mention
    return TitleMention(start, end, mention.title, mention.former, " ".join(doc[start:end].text.split()))


def _portfolio_word(token: Token, taken: set[int]) -> bool:
    return (
        token.i not in taken
        and not token.ent_type_
        and token.is_alpha
        and not token.is_stop
        and token.pos_ in ("PROPN", "NOUN", "ADJ")
        and token.text[:1].isupper()
        and "\n" not in token.whitespace_
    )


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and text.replace(".", "").isalpha()


def _longest_title(doc: Doc, start: int, gazetteer: ActorGazetteer) -> tuple[int, TitleEntry] | None:
    """The longest title starting at token `start`, as (end token, title)."""
    limit = min(len(doc), start + MAX_TITLE_TOKENS)
    end = start + 1
    # Grow over capitalised words and connectors on one line; a title never spans a newline.
    while end < limit:
        prev, token = doc[end - 1], doc[end]
        if "\n" in prev.whitespace_ or not (_capitalised(token.text) or token.lower_ in CONNECTORS):
            break
        if token.ent_type_ in SKIP_LABELS:
            break
        end += 1
    for stop in range(end, start, -1):
        if doc[stop - 1].lower_ in CONNECTORS:
            continue
        title = exact_title(gazetteer, doc[start:stop].text)
        if title is not None:
            return stop, title
    return None


def _mention(doc: Doc, start: int, end: int, title: TitleEntry, lexicon: ActorLexicon) -> TitleMention:
    before = start - 1
    if before >= 0 and doc[before].text in ("-", "–"):
        before -= 1  # "ex-President"
    former = before >= 0 and doc[before].lower_ in lexicon.former
    return TitleMention(start, end, title, former, " ".join(doc[start:end].text.split()))
