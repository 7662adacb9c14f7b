"""Subjects the parse hides: the clause's real subject stands where the parser hung something else.

"a win that led her to declare" (the object above an infinitive acts), "Lund, who sits on the
board, said" (the antecedent read as the subject of its own relative clause). `quote_tree.subject`
asks these when a verb has no subject of its own.

Example:
    >>> # in "This prompted the paper to print ...", object_controller(print) is "paper"
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.mentions.quote_people import PersonNouns

# The parser's subject relations, defined here as the leaf module; `quote_tree` re-exports them.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})
_RELATIVE_OPENERS = frozenset({"who", "whose"})


def antecedent_read_as_content(verb: Token) -> Token | None:
    """The subject of a verb the parser split at its relative clause, or None.

    "Lund, who sits on the board, said the plan ...", "Mr. Lund, whose firm, Netra, builds boats,
    said": the parser read the relative clause as the verb's content, with its antecedent as the
    subject there; the antecedent, followed by a comma and `who`/`whose`, is the verb's subject.
    """
    for clause in verb.lefts:
        if clause.dep_ != "ccomp":
            continue
        for found in clause.children:
            if found.dep_ in SUBJECT_DEPS and found.i < clause.i and _opens_relative(found, clause.i):
                return found
    return None


def _opens_relative(found: Token, stop: int) -> bool:
    """True when a comma follows the token and `who`/`whose` comes next, past adverbs and commas."""
    doc = found.doc
    if found.i + 1 >= stop or doc[found.i + 1].text != ",":
        return False
    for tok in doc[found.i + 2 : stop]:
        if tok.lower_ in _RELATIVE_OPENERS:
            return True
        if not (tok.is_punct or tok.pos_ == "ADV"):
            return False
    return False


def object_controller(verb: Token) -> Token | None:
    """The person object of the verb above an infinitive, who does what the infinitive says.

    "a win that led her to declare", "This prompted the tabloid to run a cover saying": the one
    prompted acts, not the prompter; "used his show to discuss" names no person and climbs on.
    """
    if verb.dep_ != "xcomp" or not to_infinitive(verb):
        return None
    found = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    return found if found is not None and _names_person(found) else None


def to_infinitive(verb: Token) -> bool:
    """True for a verb with its infinitive `to` ("to declare", "to call attention")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _names_person(tok: Token) -> bool:
    """True for a personal pronoun, a person's name or a noun that names people or a body."""
    if tok.pos_ == "PRON":
        return tok.lower_ in _OBJECT_PRONOUNS
    return tok.ent_type_ == "PERSON" or (tok.pos_ == "NOUN" and PersonNouns.load().names_people(tok.lemma_))
