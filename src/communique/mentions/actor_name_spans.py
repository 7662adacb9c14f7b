"""Where a person's name starts and ends, and which title stands next to it.

Token tests shared by the person finder: trimming a model's PERSON entity to the name, telling
a real name from a country, title, place or common-noun phrase the model tagged PERSON, and
finding the title before ("EAM Jaishankar", "the President of Ireland, Máire Ní Bhriain") or
after ("Kihara Minoru, the Japanese Defense Minister") a name.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from communique.mentions.actor_evidence import POSSESSIVE, of_phrase_end
from communique.mentions.actor_gazetteer import ActorGazetteer, exact_title
from communique.mentions.actor_lexicon import ActorLexicon
from communique.mentions.actor_titles import TitleMention

MAX_NAME_TOKENS = 4
# "in Lyon", "near Derry": after these, an untitled PERSON entity is a place the model mistook.
LOCATIVE = frozenset({"in", "near", "outside", "across", "around", "at"})
PLACE_LABELS = ("GPE", "NORP", "DATE", "LOC", "FAC")


@dataclass(frozen=True, slots=True)
class NameContext:
    """What the name rules read besides the doc: states and titles by token, resources."""

    gazetteer: ActorGazetteer
    lexicon: ActorLexicon
    state_at: dict[int, str]
    title_at: dict[int, TitleMention]


def trim(doc: Doc, start: int, end: int, ctx: NameContext) -> tuple[int, int]:
    """A PERSON entity without leading titles and honorifics or a trailing possessive."""
    while start < end and (
        start in ctx.title_at or doc[start].lower_ in ctx.lexicon.honorifics or doc[start].lower_ in ("the", "his", "her")
    ):
        start += 1
    # "Jake Sullivan's Meeting": a name ends at its possessive, whatever the model added after.
    for i in range(start + 1, end):
        if doc[i].text in POSSESSIVE:
            end = i
            break
    while end > start and (doc[end - 1].text in POSSESSIVE or not doc[end - 1].text[:1].isalpha()):
        end -= 1
    return start, end


def is_name(doc: Doc, start: int, end: int, ctx: NameContext) -> bool:
    """False for the plain model's PERSON entities that are really countries, titles or bodies."""
    span = doc[start:end]
    if not all(ch.isalpha() or ch in " .-'’" for ch in span.text):
        return False  # markup and numbers: "References==", "Mar-2019"
    if ctx.lexicon.org_sector(doc[end - 1].text) is not None:
        return False  # "Development Foundation", a lone "Directorate"
    if not span.text[:1].isupper() or any(i in ctx.state_at or i in ctx.title_at for i in range(start, end)):
        return False
    return ctx.gazetteer.country(span.text) is None and exact_title(ctx.gazetteer, span.text) is None


def title_before(doc: Doc, start: int, ctx: NameContext) -> TitleMention | None:
    """The title right before a name: directly, across one appositive comma, or across the
    "of X" that names its country ("the President of Ireland, Máire Ní Bhriain", "President of
    the United States George W. Bush").

    Of two titles in a row the first is the office and the second a style ("Saudi Foreign
    Minister Prince Faisal"): the office is returned.
    """
    i = start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    title = ctx.title_at.get(i)
    if title is not None and title.end != i + 1:
        return None
    if title is None and i >= 0 and doc[i].text != ",":
        title = _title_with_of_phrase(doc, i, ctx)
    if title is None and i == start - 1 and i >= 0:
        title = _title_with_of_phrase(doc, i, ctx, comma=False)
    if title is None:
        return None
    office = ctx.title_at.get(title.start - 1)
    return office if office is not None and not office.former else title


def _title_with_of_phrase(doc: Doc, i: int, ctx: NameContext, comma: bool = True) -> TitleMention | None:
    """The title whose "of X" ends at token i, when a comma follows it (or, without `comma`, the
    name itself)."""
    if comma and (i + 1 >= len(doc) or doc[i + 1].text != ","):
        return None
    for back in range(i - 1, max(-1, i - 5), -1):
        title = ctx.title_at.get(back)
        if title is not None:
            return title if title.end == back + 1 and of_phrase_end(doc, title.end, ctx.state_at) == i + 1 else None
    return None


def title_after(doc: Doc, end: int, ctx: NameContext) -> TitleMention | None:
    """The title of an appositive after a name: "Kihara Minoru, the Japanese Defense Minister"."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    i = end + 1
    limit = min(len(doc), i + 4)
    while i < limit and i not in ctx.title_at:
        if doc[i].lower_ not in ("the", "a") and doc[i].text not in POSSESSIVE and doc[i].ent_type_ not in ("GPE", "NORP"):
            return None
        i += 1
    title = ctx.title_at.get(i)
    return title if title is not None and title.start == i else None


def name_after(doc: Doc, i: int, ctx: NameContext, taken: set[int]) -> tuple[int, int] | None:
    """A run of capitalised name words right after a title ("EAM Jaishankar"), or None.

    Also across the title's "of X" and a comma ("the President of Ireland, Máire Ní Bhriain").
    """
    after_of = of_phrase_end(doc, i, ctx.state_at)
    if after_of != i and after_of < len(doc) and doc[after_of].text == ",":
        i = after_of
    if i < len(doc) and doc[i].text == "," and "\n" not in doc[i].whitespace_:
        i += 1
    while i < len(doc) and doc[i].lower_ in ctx.lexicon.honorifics:
        i += 1
    start = i
    while i < len(doc) and i - start < MAX_NAME_TOKENS and i not in taken:
        if name_word(doc, i, ctx):
            i += 1
        elif i > start and particle(doc, i, ctx):
            i += 2
        else:
            break
        if "\n" in doc[i - 1].whitespace_:
            break
    if i == start or i in taken:
        return None
    if doc[start].ent_type_ == "ORG" and doc[start].ent_id_:
        return None
    if ctx.lexicon.org_sector(doc[i - 1].text) is not None:
        return None  # "King Abdullah II Development Foundation": a body named after a person
    return start, i


def particle(doc: Doc, i: int, ctx: NameContext) -> bool:
    """A lower-case name particle followed by a name word: "van" in "Hans van den Broek"."""
    return doc[i].text in ctx.lexicon.name_particles and i + 1 < len(doc) and name_word(doc, i + 1, ctx, any_entity=True)


def stands_alone(doc: Doc, title: TitleMention) -> bool:
    """A title used as a noun for its holder, not as a modifier ("Prime Minister's Office")
    nor a generic office ("a Ghanaian head of state", "every president")."""
    before = title.start - 1
    while before >= 0 and (doc[before].ent_type_ in ("NORP", "GPE") or doc[before].text in POSSESSIVE):
        before -= 1
    if before >= 0 and doc[before].lower_ in ("a", "an", "every", "any", "each", "no"):
        return False
    if title.end >= len(doc):
        return True
    nxt = doc[title.end]
    return nxt.text not in POSSESSIVE and nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "PART", "NUM")


def name_word(doc: Doc, i: int, ctx: NameContext, any_entity: bool = False) -> bool:
    """Whether token i can be a word of a person's name (`any_entity`: whatever the model tagged it)."""
    token = doc[i]
    if i in ctx.state_at or i in ctx.title_at or (not any_entity and token.ent_type_ in PLACE_LABELS):
        return False
    text = token.text.rstrip(".")
    return (
        bool(text)
        and text[0].isupper()
        and text.replace("-", "").replace("'", "").isalpha()
        and token.pos_ in ("PROPN", "NOUN", "X", "ADJ")
    )
