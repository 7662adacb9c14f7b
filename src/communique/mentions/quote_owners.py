"""Speakers who stand outside the cue's own clause: whose deed a participle cue continues.

The parser hangs a cue where it reads it, but the one who speaks may be the subject of a clause
above (`Starr said ..., explaining, "..."`), of the clause whose object the cue describes (`The
group placed ads calling the deal a "..."`), the person a participle follows (`footage of Clinton
asking`) or the `who` of a relative clause. Each function returns that token, or None when the
cue's own subject stands. The named subject of a clause that reports a pronoun cue (`Kasich says
he'd tell him "..."`) is read in `quote_outer`.

Example:
    >>> # in 'The group placed ads calling the deal a "mistake"', object_owner(calling, None) is "group"
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from communique.mentions.quote_lexicon import SpeechVerbs
from communique.mentions.quote_people import is_person
from communique.mentions.quote_tree import (
    SUBJECT_DEPS,
    has_subject,
    is_name,
    is_speakerish,
    may_speak,
    subject,
    to_infinitive,
)

if TYPE_CHECKING:
    from communique.mentions.quote_attribution import QuotedText

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
    if verb.dep_ != "relcl" or has_subject(verb) or is_speakerish(verb.head) or verb.head.ent_type_:
        return False
    return to_infinitive(verb)


def verbless_subject(verb: Token) -> bool:
    """'"...," the nominee, Donald Trump, tweeted Sunday': a sentence the parser left without a
    finite verb, so the speech verb after its noun root hangs as a participle; the root speaks."""
    head = verb.head
    return head.dep_ == "ROOT" and head.i < verb.i and may_speak(head) and verb.tag_ in ("VBD", "VBN")


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
        if has_subject(above):
            return None  # "who is being vetted ..., and he has battled ..., calling": his clause
    return None


def shown_speaking(verb: Token) -> Token | None:
    """The person a participle cue follows with no comma between: "footage of Clinton asking",
    "heard Trump saying". The words are the person's, not those of the clause's subject (the ad,
    the spot) that shows them; a place or a medium before the cue ("took to Twitter saying")
    is no person and stays with the subject.
    """
    if verb.tag_ != "VBG" or verb.i == 0 or has_subject(verb):
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
    if verb.tag_ != "VBG" or has_subject(verb) or not _continues_a_deed(verb):
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
