"""What the people table (`actor_people_table`) adds to the actor stage, after the text is read.

Two steps, both for persons only:
- `listed_mentions`: a listed full name the model did not tag as a person ("Slobodan
  Milosevic" read as an organisation, or nothing), or a distinctive surname ("Erdogan"), is a
  person mention; never a word the document also writes in lower case, never inside a longer
  entity ("Nelson Mandela Foundation") or a longer run of capitalised words.
- `table_countries`: a person the text gives no country takes the table's. Text evidence
  wins: a person with any country vote keeps the text's answer, except that the table may
  break a tie between the countries the text named. A listed person whose code depends on
  the year, in a document without one, gets none, and no guess from the later rules.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from communique.mentions.actor_drafts import Draft, weights
from communique.mentions.actor_evidence import name_votes
from communique.mentions.actor_mention import PersonMention
from communique.mentions.actor_people_table import PeopleTable, fold
from communique.types import Span

_NAME_POS = frozenset({"PROPN", "NOUN", "X", "ADJ"})


def listed_mentions(
    doc: Doc,
    table: PeopleTable,
    found: list[PersonMention],
    state_at: dict[int, str],
    title_tokens: set[int],
    lower_words: frozenset[str],
) -> list[PersonMention]:
    """Person mentions of listed names that no earlier rule found, in document order."""
    taken = {i for m in found for i in range(m.label_start if m.label_start >= 0 else m.start, m.end)}
    taken |= set(state_at) | title_tokens
    extra: list[PersonMention] = []
    i = 0
    while i < len(doc):
        end = _listed_at(doc, i, table, taken, lower_words)
        if end is None:
            i += 1
            continue
        span = doc[i:end]
        mention = PersonMention(
            span=Span(span.start_char, span.end_char, span.text), start=i, end=end, name=tuple(span.text.split()), title=None
        )
        name_votes(doc, i, end, state_at, mention.votes)
        extra.append(mention)
        taken.update(range(i, end))
        i = end
    return extra


def _listed_at(doc: Doc, i: int, table: PeopleTable, taken: set[int], lower_words: frozenset[str]) -> int | None:
    """The end of a listed name starting at token i, or None."""
    token = doc[i]
    if i in taken or not _name_word(token) or token.ent_id_ or token.ent_iob_ == "I":
        return None
    if i > 0 and _name_word(doc[i - 1]) and not doc[i - 1].is_sent_start and i - 1 not in taken:
        return None  # inside a longer run of capitalised words
    # The longest listed name from here, word by word while the words begin one
    # ("Ramos", "-", "Horta": a hyphen folds to nothing).
    words: list[str] = []
    longest = None
    for j in range(i, len(doc)):
        if j in taken or (j > i and "\n" in doc[j - 1].whitespace_):
            break
        word = fold(doc[j].text)
        if not word:
            continue
        words.append(word)
        key = " ".join(words)
        if len(words) > 1 and _name_word(doc[j]) and table.full_key(key) is not None and _ends_name(doc, j + 1):
            longest = j + 1
        if key not in table.prefixes:
            break
    if longest is not None:
        return longest
    if token.lower_ in lower_words or not _ends_name(doc, i + 1):
        return None
    return i + 1 if table.bare(token.text) is not None else None


def _name_word(token: Token) -> bool:
    text = token.text
    return bool(text) and text[0].isupper() and token.pos_ in _NAME_POS and not token.like_num


def _ends_name(doc: Doc, end: int) -> bool:
    """Whether a name may end before token `end`: no entity and no capitalised word goes on."""
    if end >= len(doc):
        return True
    after = doc[end]
    return after.ent_iob_ != "I" and not (_name_word(after) and after.is_alpha and not after.is_sent_start)


def table_countries(persons: list[Draft], table: PeopleTable, year: int | None, lower_words: frozenset[str]) -> None:
    """Give listed persons without a country from the text the table's (in place)."""
    for draft in persons:
        if draft.country is not None or draft.key.startswith("role:"):
            continue
        words = tuple(draft.name.split())
        if len(words) == 1 and words[0].lower() in lower_words:
            continue
        person = table.lookup(words)
        if person is None:
            continue
        code = person.country_in(year)
        if code is None:
            # A listed figure who acted for several codes ("Barroso": PRT, then EU): the
            # document's shape (the dyad, the issuer) must not guess one for them either.
            draft.evidence = True
            continue
        if not _agrees(draft.votes, code):
            continue
        draft.country = code
        draft.evidence = True
        draft.from_table = True
        draft.sector = draft.sector or person.sector


def _agrees(votes: list[tuple[str, int]], code: str) -> bool:
    """Whether the table may speak: the text named no country, or tied `code` with another."""
    if not votes:
        return True
    weight = weights(votes)
    best = max(weight.values())
    return weight[code] == best
