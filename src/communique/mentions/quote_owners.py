"""Speakers who stand outside the cue's own clause: whose deed a participle or a pronoun cue continues.

The parser hangs a cue where it reads it, but the one who speaks may be the subject of a clause
above (`Kasich says he'd tell him "..."`), of the clause whose object the cue describes (`The
group placed ads calling the deal a "..."`), the person a participle follows (`footage of Clinton
asking`) or the `who` of a relative clause. Each function returns that token, or None when the
cue's own subject stands.

Example:
    >>> # in 'Kasich says he\'d tell him "no more"', outer_name(tell, ...) is "Kasich"
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from communique.mentions.quote_lexicon import SpeechVerbs
from communique.mentions.quote_people import is_person
from communique.mentions.quote_tree import (
    SUBJECT_DEPS,
    is_name,
    is_speakerish,
    may_speak,
    subject,
)

if TYPE_CHECKING:
    from communique.mentions.quote_attribution import QuotedText

_BOUND_PRONOUNS = frozenset({"he", "she", "they"})
# A pronoun cue under one of these is a clause of its own, not the content of the clause above.
_OWN_CLAUSE_DEPS = frozenset({"advcl", "relcl", "conj", "parataxis", "acl"})
_COMPLEMENTISERS = frozenset({"that", "whether", "if"})
# Clauses a participle may be misattached to, below the main clause it belongs to.
_REPORTED_DEPS = frozenset({"ccomp"})
_FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})


def object_owner(verb: Token, marks: QuotedText | None) -> Token | None:
    """The subject of the clause whose object a participle cue describes, or None.

    "The group placed ads calling the deal a "mistake"", "replacing it with language calling for
    "...": the ads and the language say what their makers say, and the maker is the subject of
    the verb that has the thing as its object (climbing over participles and conjuncts). A
    name before the participle is handled before this ("footage of Clinton saying").
    """
    if verb.head.pos_ != "NOUN" or not (_participle_on_noun(verb) or _purpose_on_thing(verb)):
        return None
    thing = verb.head
    clause = thing.head
    if thing.dep_ == "pobj" and clause.dep_ == "prep":
        clause = clause.head  # "replacing it with language calling"
    elif thing.dep_ != "dobj":
        return None
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    found = subject(clause)
    if found is None or found.i > verb.i or (marks is not None and found.idx in marks):
        return None
    return found


def _participle_on_noun(verb: Token) -> bool:
    """True for "ads calling", "a statement saying": a participle describing a noun."""
    return verb.tag_ == "VBG" and verb.dep_ == "acl"


def _purpose_on_thing(verb: Token) -> bool:
    """True for "pointed to a previous case to say": an infinitive the parser hung as a relative
    clause on a thing, which says nothing; it tells why the clause's subject acted."""
    if verb.dep_ != "relcl" or _has_subject(verb) or is_speakerish(verb.head) or verb.head.ent_type_:
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def verbless_subject(verb: Token) -> bool:
    """'"...," the nominee, Donald Trump, tweeted Sunday': a sentence the parser left without a
    finite verb, so the speech verb after its noun root hangs as a participle; the root speaks."""
    head = verb.head
    return head.dep_ == "ROOT" and head.i < verb.i and may_speak(head) and verb.tag_ in ("VBD", "VBN")


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
    node = verb
    for above in verb.ancestors:
        if _clause_of_its_own(node):
            break  # "when he said", "which he called": not the content of the clause above
        node = above
        if above.pos_ not in ("VERB", "AUX") or above.idx >= open_at:
            continue
        named = subject(above)
        if named is not None and named.i < own.i and named.pos_ == "PROPN" and (marks is None or named.idx not in marks):
            found = named  # the outermost clause reports the rest
    return found


def _clause_of_its_own(node: Token) -> bool:
    """True for a clause that says something of its own, not the content of the clause above:
    an adverbial or relative clause, a conjunct with its own subject; not a bare participle
    ("..., telling reporters he") nor the content of a noun ("rumors he was planning")."""
    if node.dep_ not in _OWN_CLAUSE_DEPS or (node.dep_ == "conj" and not _has_subject(node)):
        return False
    return not _bare_participle(node) and not _content_clause(node)


def _content_clause(verb: Token) -> bool:
    """True for "rumors he was planning to write": a clause with its own subject and no relative
    word, hung on a noun it tells the content of (rumors, claims, the idea)."""
    return verb.dep_ == "acl" and _has_subject(verb) and verb.head.pos_ == "NOUN"


def relative_subject(verb: Token, marks: QuotedText | None) -> Token | None:
    """The "who" of a relative clause the verb stands in, when the verb has no subject of its own.

    "Beck, who has in the past described Trump as "..."" (the parser hung `described` low): the
    words are framed inside the relative clause, and PolNeAR marks "who", not the antecedent. A
    clause on quoted words ('a "liar" who was not "honorable"') describes them: None.
    """
    for above in verb.ancestors:
        if above.dep_ == "relcl":
            if marks is None or above.head.idx in marks:
                return None
            found = next((c for c in above.children if c.dep_ == "nsubj" and c.lower_ == "who"), None)
            return found if found is not None and found.i < verb.i else None
        if _has_subject(above):
            return None  # "who is being vetted ..., and he has battled ..., calling": his clause
    return None


def shown_speaking(verb: Token) -> Token | None:
    """The person a participle cue follows with no comma between: "footage of Clinton asking",
    "heard Trump saying". The words are the person's, not those of the clause's subject (the ad,
    the spot) that shows them; a place or a medium before the cue ("took to Twitter saying")
    is no person and stays with the subject.
    """
    if verb.tag_ != "VBG" or verb.i == 0 or _has_subject(verb):
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ != "PROPN":
        return None
    if before.dep_ == "pobj":
        # "footage of Scholz asking" (a name the tagger may read as an organisation); "turned to
        # Clinton saying": the subject turned and spoke.
        return before if before.head.lower_ == "of" else None
    return before if before.ent_type_ == "PERSON" else None


def participle_owner(verb: Token, marks: QuotedText | None) -> Token | None:
    """The subject of the main clause a participle cue belongs to, when the parser hung it lower.

    "Starr said Clinton's plight reminds him of a book, explaining, "..."", "Cruz said that Trump
    represents "...", stating ...": the parser hangs the participle on the nearest verb, inside
    the reported clause, but a participle after a comma adds to what the main clause's subject
    did, and PolNeAR marks that subject. None when the participle hangs from its main clause.
    """
    if verb.tag_ != "VBG" or _has_subject(verb) or not _continues_a_deed(verb):
        return None
    node, lowered = verb.head, False
    if SpeechVerbs.load().cues(node.lemma_):
        return None  # "..., Lewandowski added, saying": the participle's own clause reports
    while node.dep_ in _REPORTED_DEPS and node.head.i < node.i and node.head.pos_ in ("VERB", "AUX"):
        lowered = True
        node = node.head
    if not lowered:
        return None
    found = subject(node)
    if found is None or found.i > verb.i or not is_name(found) or (marks is not None and found.idx in marks):
        return None
    return found


def _bare_participle(verb: Token) -> bool:
    """True for "..., telling reporters that he thinks": a participle with no subject or subordinator
    of its own continues the clause above it ("Trump hailed the vote, telling ...")."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in verb.children)


def _after_comma(tok: Token) -> bool:
    """True when a comma stands before the token, past closing marks ("... Johnson," explaining)."""
    n = tok.i - 1
    while n >= 0 and tok.doc[n].is_quote:
        n -= 1
    return n >= 0 and tok.doc[n].text == ","


def _continues_a_deed(verb: Token) -> bool:
    """True for a participle that adds a deed to a clause above the one the parser hung it on.

    "..., explaining": after a comma. "telling CNN that X is a faker and questioning how": after a
    coordinator, or conjoined to a finite verb, which a participle cannot be a conjunct of.
    """
    if verb.dep_ == "conj":
        return verb.head.tag_ in _FINITE_TAGS
    if verb.dep_ != "advcl":
        return False
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return _after_comma(verb) or (before is not None and before.dep_ == "cc")


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _own_clause(verb: Token) -> bool:
    """True for a clause opened by a subordinator other than a complementiser ("when", "though")."""
    return any(c.dep_ == "mark" and c.lower_ not in _COMPLEMENTISERS for c in verb.children)


def person_for_thing(verb: Token, found: Token, marks: QuotedText | None) -> Token | None:
    """The person who speaks when the subject a subject-less cue climbed to names a thing, or None.

    "The first clash came during a rally, when union protesters interrupted him, shouting "..."",
    "It was a pointed rebuke, as Mrs. Okafor echoed the complaint, saying": a clash shouts
    nothing; the participle continues the clause just before it, whose subject is a person. "He
    mailed a letter as the committee hearing began vowing to "..."": with no such clause
    between, the person subject of a clause above the thing's.
    """
    if found.head.i == verb.i:
        return None  # the cue's own subject: nothing was climbed over
    for tok in reversed(verb.doc[found.i + 1 : verb.i]):
        if tok.dep_ in SUBJECT_DEPS and tok.head.dep_ in ("advcl", "relcl") and _speaks_outside(tok, marks):
            return tok
    for above in found.head.ancestors:
        named = subject(above) if above.pos_ in ("VERB", "AUX") else None
        if named is not None and named.i < verb.i and _speaks_outside(named, marks):
            return named
    return None


def _speaks_outside(tok: Token, marks: QuotedText | None) -> bool:
    """True for a person standing outside quotation marks."""
    return is_person(tok) and (marks is None or tok.idx not in marks)
