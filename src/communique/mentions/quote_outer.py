"""The named speaker of a clause that reports a pronoun cue: `Kasich says he'd tell him "..."`.

A pronoun cue's clause may be the content of an outer clause whose subject is a name; PolNeAR
then marks the outer name as the source. A pronoun in a clause of its own (`though he said`,
`the bill, which she called`, `X spoke and then he added`) keeps the cue; a clause with no
relative word under a speech verb (`X described the message he felt ...`) is content.

Example:
    >>> # in 'Kasich says he\'d tell him "no more"', outer_name(tell, ...) is "Kasich"
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from communique.mentions.quote_lexicon import SpeechVerbs
from communique.mentions.quote_tree import SUBJECT_DEPS, has_subject, subject

if TYPE_CHECKING:
    from communique.mentions.quote_attribution import QuotedText

_BOUND_PRONOUNS = frozenset({"he", "she", "they"})
# A pronoun cue under one of these is a clause of its own, not the content of the clause above.
_OWN_CLAUSE_DEPS = frozenset({"advcl", "relcl", "conj", "parataxis", "acl"})
_COMPLEMENTISERS = frozenset({"that", "whether", "if"})
_RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "what", "where", "when"})


def outer_name(verb: Token, open_at: int, marks: QuotedText | None) -> Token | None:
    """The named subject of a clause that reports a cue whose own subject is a pronoun, or None.

    "Kasich says he'd tell him "no more nonsense"", "Limbaugh used his show to discuss what he
    described as "brilliant"": the pronoun's clause is the content of the outer one, and PolNeAR
    marks the outer subject as the source. A pronoun in a clause of its own ("Ryan said ..., though
    he said "..."", "the bill, which she called "..."", "X spoke and then he added") keeps the cue:
    there PolNeAR marks the pronoun.
    """
    own = subject(verb)
    if own is None or own.lower_ not in _BOUND_PRONOUNS or _own_clause(verb):
        return None
    found: Token | None = None
    node, in_bare_relative = verb, False
    for above in verb.ancestors:
        if _bare_relative(node):
            in_bare_relative = True  # "the message he felt": reported only by a speech verb above
        elif _clause_of_its_own(node):
            break  # "when he said", "which he called": not the content of the clause above
        node = above
        if above.pos_ not in ("VERB", "AUX") or above.idx >= open_at:
            continue
        if in_bare_relative and not SpeechVerbs.load().cues(above.lemma_):
            continue
        named = subject(above)
        if named is not None and named.i < own.i and named.pos_ == "PROPN" and (marks is None or named.idx not in marks):
            found = named  # the outermost clause reports the rest
    return found


def _clause_of_its_own(node: Token) -> bool:
    """True for a clause that says something of its own, not the content of the clause above:
    an adverbial or relative clause, a conjunct with its own subject; not a bare participle
    ("..., telling reporters he") nor the content of a noun ("rumors he was planning")."""
    if node.dep_ not in _OWN_CLAUSE_DEPS or (node.dep_ == "conj" and not has_subject(node)):
        return False
    return not _bare_participle(node) and not _content_clause(node)


def _bare_relative(verb: Token) -> bool:
    """True for "Lund spoke of the message he felt the sea sent": a clause hung on a noun with no
    relative word, which tells what the speaker of the clause above reports, as the content of
    his words does; the parser also reads "telling reporters that he thinks" so. A relative word
    ("whom he called", "in which he declares") opens a clause of its own, where PolNeAR marks the
    pronoun."""
    if verb.dep_ != "relcl":
        return False
    return not any(_relative_word(tok) for left in verb.lefts for tok in left.subtree)


def _relative_word(tok: Token) -> bool:
    return tok.lower_ in _RELATIVE_WORDS or (tok.lower_ == "that" and tok.dep_ != "mark")


def _content_clause(verb: Token) -> bool:
    """True for "rumors he was planning to write": a clause with its own subject and no relative
    word, hung on a noun it tells the content of (rumors, claims, the idea)."""
    return verb.dep_ == "acl" and has_subject(verb) and verb.head.pos_ == "NOUN"


def _own_clause(verb: Token) -> bool:
    """True for a clause opened by a subordinator other than a complementiser ("when", "though")."""
    return any(c.dep_ == "mark" and c.lower_ not in _COMPLEMENTISERS for c in verb.children)


def _bare_participle(verb: Token) -> bool:
    """True for "..., telling reporters that he thinks": a participle with no subject or subordinator
    of its own continues the clause above it ("Trump hailed the vote, telling ...")."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in verb.children)
