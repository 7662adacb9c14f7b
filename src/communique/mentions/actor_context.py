"""A person's country said around the name rather than next to the title.

- an appositive that names a state: "Salaheddine Sidhoum, Algeria's leading rights activist",
  "a spokesperson for Ethiopia's Ministry of Foreign Affairs, Meseret Alemu", "the Japanese
  delegation, Foreign Minister X and Defence Minister Y";
- a possessive pronoun before the title whose antecedent is a state: "Malaysia welcomed
  Timor-Leste ... and congratulated its Prime Minister, Francisco Soares" (the nearest state
  named before it, in the sentence or the one before);
- the dateline's country, for a government official the text gives no other country:
  "NEW DELHI, July 8 - ... Foreign Secretary Kavita Rao told a briefing" (the weakest vote).

Each adds a weighted vote (`actor_evidence`); the resolver still takes the heaviest country.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from communique.mentions.actor_evidence import DYAD, SIDE, of_phrase_end
from communique.mentions.actor_mention import PersonMention

# The possessive that stands for one state before a title: "its Prime Minister" ("their"
# is too often "the two countries and their leaders").
STATE_PRONOUNS = frozenset({"its"})
# Branches of an appositive that say nothing of the person it describes.
LEAVE_OUT = frozenset({"relcl", "acl", "advcl", "conj", "cc", "appos", "punct", "parataxis"})
DATELINE_TOKENS = 4
GOVERNMENT_SECTORS = frozenset({"government", "diplomatic", "military", "police", "intelligence", "legislature"})


def add_context_votes(doc: Doc, people: list[PersonMention], state_at: dict[int, str], home: str | None = None) -> None:
    """Add appositive, pronoun and dateline votes to the person mentions of `doc`.

    Args:
        doc: the parsed document.
        people: its person mentions (`PeopleFinder`), changed in place.
        state_at: token index -> ISO3 of the state named there.
        home: the country of the document's dateline, if it has one (`dateline_country`).
    """
    # "of X" right after a name is that person's: "King Y of Jordan" is no one else's country.
    owned = {i: p.start for p in people if p.name is not None for i in range(p.end, of_phrase_end(doc, p.end, state_at))}
    for person in people:
        country = _appositive_state(doc, person, state_at, owned) or _pronoun_state(doc, person, state_at)
        if country is not None:
            person.votes.append((country, SIDE))
    if home is None:
        return
    # Only a cluster with no vote anywhere takes the dateline: the name is checked per name.
    voted = {w for p in people if p.votes and p.name for w in p.name}
    for person in people:
        title = person.title
        if person.votes or title is None or person.former or title.sector not in GOVERNMENT_SECTORS:
            continue
        if person.name and voted.intersection(person.name):
            continue
        person.votes.append((home, DYAD))


def dateline_country(doc: Doc, capitals: dict[str, str]) -> str | None:
    """The country whose capital opens the text as a dateline ("NEW DELHI, July 8 -"), or None.

    Args:
        doc: the parsed document.
        capitals: lowercase capital name -> ISO3.
    """
    for line_start in _line_starts(doc):
        words: list[str] = []
        for token in doc[line_start : line_start + DATELINE_TOKENS]:
            if token.text in (",", "-", "–", "—", "("):
                name = " ".join(words).lower()
                return capitals.get(name) if words and all(w.isupper() for w in words) else None
            words.append(token.text)
    return None


def _line_starts(doc: Doc) -> list[int]:
    """The first token of the first two non-empty lines: a title may precede the dateline."""
    starts = [0] if len(doc) else []
    for token in doc:
        if len(starts) == 3:
            break
        if "\n" in token.whitespace_ and token.i + 1 < len(doc):
            starts.append(token.i + 1)
    return [i for i in starts if not doc[i].is_space][:2]


def _appositive_state(doc: Doc, person: PersonMention, state_at: dict[int, str], owned: dict[int, int]) -> str | None:
    """The one state named in the phrase set beside the person's name by apposition.

    A state in an "of X" after someone else's name is theirs: in the headline "Readout of
    President X, Jr. Meeting with King Y of Jordan" the parse sets "Jr. Meeting with King Y
    of Jordan" beside X, but Jordan is King Y's.
    """
    root = doc[person.start : person.end].root
    others: list[Token] = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        others.append(root.head)
    found: set[str] = set()
    for other in others:
        found.update(state_at[t.i] for t in _phrase(other) if t.i in state_at and owned.get(t.i, person.start) == person.start)
    return found.pop() if len(found) == 1 else None


def _phrase(token: Token) -> list[Token]:
    """The words of a noun phrase without its clauses and appositions."""
    words = [token]
    for child in token.children:
        if child.dep_ not in LEAVE_OUT:
            words.extend(_phrase(child))
    return words


def _pronoun_state(doc: Doc, person: PersonMention, state_at: dict[int, str]) -> str | None:
    """The state an "its"/"their" before the person's title stands for.

    "... congratulated its Prime Minister, Francisco Soares": the title is the name's head
    or right before it; the antecedent is the nearest state named earlier in the sentence,
    else in the sentence before.
    """
    root = doc[person.start : person.end].root
    title = root.head if root.dep_ == "appos" else root
    first = min((c for c in title.children if c.dep_ == "poss"), key=lambda c: c.i, default=None)
    if first is None or first.lower_ not in STATE_PRONOUNS:
        return None
    sentence = doc[first.i].sent
    lo = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for i in range(first.i - 1, lo - 1, -1):
        if i in state_at:
            return state_at[i]
    return None
