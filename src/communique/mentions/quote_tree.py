"""Parse-tree helpers for quotes: subjects, passives, names.

Small, pure functions over spaCy tokens, shared by cue finding (`quote_cues`) and speaker choice
(`quote_attribution`). Nothing here knows the reporting-verb lexicon. Noun phrases, entity spans
and token windows are in `quote_spans`.

Example:
    >>> # in "The minister said ...", subject(said) is "minister", noun_phrase(minister) "The minister"
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.mentions.quote_hidden_subjects import (
    SUBJECT_DEPS,
    antecedent_read_as_content,
    object_controller,
    to_infinitive,
)

# Span and window helpers live in `quote_spans`; re-exported for the modules that read them here.
from communique.mentions.quote_spans import (
    DASHES,
    SENTENCE_END,
    ends_with_full_stop,
    first_line,
    head_span,
    noun_phrase,
    opens_sentence,
    token_at,
    tokens,
)

# A participle or conjoined verb ("..., adding", "and added") says nothing of its own subject.
_CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp", "prep"})
_INVERTED_SUBJECT_DEPS = frozenset({"dobj", "attr", "npadvmod", "appos", "nsubj", "oprd"})
_NAME_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
NOUNS = frozenset({"PROPN", "NOUN", "PRON"})
# Entities that never speak ("on Saturday, said", "compared to 11%"); a subject may be a share
# of people ("63 percent said"), a guessed name may not.
NOT_SPEAKER_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})
RELATIVE = frozenset({"who", "which", "that", "whom"})
# Relative pronouns that may be a clause's subject: PolNeAR marks them as the local mention
# ("Smith, who said", "banners that read").
SUBJECT_RELATIVE = frozenset({"who", "which", "that"})

__all__ = [
    "DASHES",
    "NOT_SPEAKER_ENTS",
    "NOUNS",
    "RELATIVE",
    "SENTENCE_END",
    "SUBJECT_DEPS",
    "SUBJECT_RELATIVE",
    "after_comma",
    "clause_verb",
    "depth",
    "ends_with_full_stop",
    "first_line",
    "has_subject",
    "head_span",
    "is_name",
    "is_speakerish",
    "may_speak",
    "misread_active",
    "noun_phrase",
    "opens_sentence",
    "passive",
    "person_appositive",
    "reduced_passive_agent",
    "subject",
    "to_infinitive",
    "token_at",
    "tokens",
]


def subject(verb: Token) -> Token | None:
    """The subject of a reporting verb, climbing over participles ("he said, adding ...")."""
    node = verb
    for _ in range(4):
        # The parser may give a verb two subjects, one of them inside the quote ("“My reaction,”
        # the strategist said"): the speaker is the one nearest the verb.
        subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS and c.lower_ not in RELATIVE]
        if subjects:
            return person_appositive(_nearest_subject(subjects, node, verb))
        if node.dep_ == "relcl":
            # "Smith, who said ...", "banners that read ...": the local mention is the relative
            # pronoun, which `attribution` resolves to the noun it stands for.
            relative = [c for c in node.children if c.dep_ in SUBJECT_DEPS and c.lower_ in SUBJECT_RELATIVE]
            return relative[0] if relative else node.head
        if node.dep_ not in _CLIMB_DEPS or node.head is node:
            break
        controller = object_controller(node)
        if controller is not None:
            return controller
        node = node.head
        if node.pos_ not in ("VERB", "AUX") and verb.dep_ == "conj" and node.i == verb.head.i:
            # 'She called the raids "shameful" and called on leaders "..."': the parser hung the
            # second verb on the first one's quoted word; its subject is the first verb's.
            node = next((a for a in node.ancestors if a.pos_ in ("VERB", "AUX")), node)
    for child in verb.rights:  # "..., said Smith" parsed with Smith as an object ("calling it": no)
        if child.dep_ in _INVERTED_SUBJECT_DEPS and is_name(child) and child.pos_ != "PRON":
            return child
    return antecedent_read_as_content(verb)


def _nearest_subject(subjects: list[Token], node: Token, verb: Token) -> Token:
    """The subject nearest the clause's verb; for a participle climbed to that clause, the one before it.

    "Ryan, despite admitting that ..., the victims "do need ..."": the parser gave `need` two
    subjects; the one who admits stands before the participle.
    """
    if node.i != verb.i:
        before = [c for c in subjects if c.i < verb.i]
        if before:
            return before[-1]
    return min(subjects, key=lambda c: abs(c.i - node.i))


def has_subject(verb: Token) -> bool:
    """True for a verb with a subject of its own."""
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def clause_verb(tok: Token) -> bool:
    """True for a verb of a clause, not one of a relative clause inside a speaker's long appositive
    ('"...," Nate Silver, the polling guru who founded fivethirtyeight.com tweeted')."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return tok.dep_ != "relcl" and not (tok.head.dep_ == "relcl" and tok.dep_ in ("aux", "auxpass"))


def person_appositive(found: Token) -> Token:
    """A person the parser hung as an appositive on a subject that is no person.

    "WASHINGTON -- President Obama ... said", "With 50 days until the election, Minyon Moore ...
    called": a dateline or the end of an opening phrase taken for the subject, the name after it
    for its appositive.
    """
    if found.ent_type_ == "PERSON" or found.pos_ not in ("PROPN", "NOUN"):
        return found
    return next((c for c in found.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"), found)


def passive(verb: Token) -> bool:
    """True for a passive participle: "labeled X", "is known as", "was described as"."""
    if verb.dep_ == "acl":
        # "a box labeled", "the bill, known as"; a participle far from its noun is a misparsed
        # main verb ("Stevens, who served as strategist, called it ...").
        if verb.head.i == verb.i - 1:
            return not misread_active(verb)
        between = verb.doc[verb.head.i + 1 : verb.i]
        named = any(c.dep_ in ("oprd", "dobj") for c in verb.children)  # "..., called X "a Y""
        return verb.head.i < verb.i and all(t.is_punct or t.pos_ == "ADV" for t in between) and not named
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def reduced_passive_agent(verb: Token) -> Token | None:
    """The `by` name of a bare past participle the parser read as a clause, or None.

    "the inquiry - often described as a "show trial" by Greens -": a participle with no subject or
    auxiliary is passive; its agent, which the parser may hang on the quoted noun, speaks.
    """
    if verb.tag_ != "VBN" or verb.dep_ in ("acl", "amod"):
        return None  # a participle on a noun is read by `passive`
    if any(c.dep_ in SUBJECT_DEPS or c.dep_.startswith("aux") for c in verb.children):
        return None
    for tok in verb.subtree:
        if tok.lower_ == "by" and tok.i > verb.i and tok.dep_ in ("prep", "agent"):
            found = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if found is not None and is_name(found):
                return found
    return None


def misread_active(verb: Token) -> bool:
    """True for a past tense the parser read as a participle on the noun before it.

    'one lawmaker called Trump "the orange prince"', 'the campaign called AP's report a "rush"':
    a naming verb with an object of its own before the quoted name is active, its noun the one
    who names, also after a comma that closes the name's aside; 'a plan called "Freedom"' and 'a
    box labeled "fragile"' are passive.
    """
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    # 'De Blasio, speaking on radio, called Trump a "blowhard"': a name's own verb after a comma.
    parenthetical = verb.head.pos_ == "PROPN" and after_comma(verb)
    if verb.head.i != verb.i - 1 and not parenthetical:
        return False
    named = False
    for tok in verb.doc[verb.i + 1 : min(verb.sent.end, verb.i + 8)]:
        if tok.is_quote:
            return named
        if tok.is_punct or tok.pos_ not in ("PROPN", "PRON", "NOUN", "DET", "ADJ", "PART", "NUM"):
            return False
        named = named or tok.pos_ in ("PROPN", "PRON", "NOUN")
    return False


def after_comma(tok: Token) -> bool:
    """True when a comma stands just before the token."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == ","


def depth(tok: Token) -> int:
    """How many heads stand above the token."""
    return sum(1 for _ in tok.ancestors)


def is_name(tok: Token) -> bool:
    """A proper noun, a pronoun or a named entity that may speak."""
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in _NAME_ENTS


def may_speak(tok: Token) -> bool:
    """A subject that may have said or written something: a name, a pronoun or a noun, not a date."""
    return tok.pos_ in NOUNS and tok.ent_type_ not in NOT_SPEAKER_ENTS and tok.lower_ not in RELATIVE


def is_speakerish(tok: Token) -> bool:
    """A name, a pronoun or a plural noun ("officials"), not a relative pronoun."""
    if tok.lower_ in RELATIVE:
        return False
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in _NAME_ENTS or tok.tag_ == "NNS"
