"""Trigger lookup: a token's lemma and the lemmas of its dependents against the lexicon.

A verb is looked up with its particles, prepositions, objects and their objects ("call" +
"for", "hold" + "talk", "impose" + "sanction"); the entry naming a dependent wins over the
bare lemma. Nouns the tagger took for verbs at a clause root ("Modi meets Kishida") and
adjectives with a complement ("ready to contribute") are looked up as verbs.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.events.lexicon import Lexicon, Trigger

# A lexicon `with` naming the verb's subject rather than a complement: "subj:@forces".
SUBJECT_PREFIX = "subj:"
_QUANTITY = frozenset({"PRON", "NUM", "DET"})
_LIGHT = frozenset({"dobj", "nsubjpass", "attr", "pobj", "compound"})
# A predicate adjective of the verb's object: "found the firm liable".
_PREDICATE = frozenset({"ccomp", "oprd", "acomp", "advcl"})
# Verbs that mean "attempt" before an infinitive: "tried to secure favour" is no trial.
_ATTEMPT = frozenset({"try", "attempt", "seek"})
# Verb endings undone when the lemmatizer's lemma is unknown, most specific first:
# "staged" -> "stage", "lifted" -> "lift", "carries" -> "carry", "lifts" -> "lift".
_INFLECTIONS = (("ied", "y"), ("ies", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
                ("es", ""), ("s", ""))
# Which named dependent speaks for the verb when several have lines: a particle changes the
# verb ("called off a strike"), an object says what is done ("stopped work in a strike"),
# a preposition or its object least ("stopped in Paris", "agreed to a ceasefire").
_ROLE_RANK = {"prt": 0, "prep": 2, "agent": 2, "pobj": 2}


def dependent_lemmas(token: Token, measures: frozenset[str] = frozenset()) -> dict[str, Token]:
    """Lemmas of the dependents a lexicon `with` may name, mapped to the token bearing them.

    Besides particles, prepositions and objects: the subject, as `subj:<lemma>`; the adjectives on an object ("used chemical
    weapons", "sent humanitarian aid", "held Israel responsible"), a predicate adjective
    ("found the firm liable"), and `that` for a clause the verb governs ("claimed that they
    had attacked"), whether or not it opens with the word. The "of" of a quantity, or of
    an object among `measures` ("700 kg of medicine", "a team of inspectors"), names what
    the verb acts on.
    """
    found: dict[str, Token] = {}
    for child in token.children:
        if child.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp", "prep") for c in child.children):
            pass  # a stranded "to" ("to protest X's failure to usher in"): no phrase of its own
        elif (
            child.dep_ in ("prt", "prep", "agent", "amod", "xcomp")
            or child.dep_ in _LIGHT
            or child.dep_ in _PREDICATE and child.pos_ == "ADJ"
        ):
            found.setdefault(child.lemma_.lower(), child)
        if child.dep_ == "ccomp":
            found.setdefault("that", child)
        if child.dep_ == "nsubj":
            # Who moves says what a motion is: troops arriving deploy, ministers visit.
            found.setdefault(SUBJECT_PREFIX + child.lemma_.lower(), child)
        if child.dep_ == "dobj":
            _add_modifiers(child, found)
        if child.dep_ in ("prep", "dobj", "xcomp"):
            for grandchild in child.children:
                if grandchild.dep_ in ("pobj", "dobj", "compound"):
                    found.setdefault(grandchild.lemma_.lower(), grandchild)
                    if grandchild.dep_ == "pobj":
                        _add_modifiers(grandchild, found)
                elif grandchild.dep_ == "prep" and grandchild.lower_ == "of" and (
                    child.pos_ in _QUANTITY or child.lemma_.lower() in measures
                ):
                    # "gave some of the equipment", "sent 500 of its troops": the quantity's "of".
                    for pobj in grandchild.children:
                        if pobj.dep_ == "pobj":
                            found.setdefault(pobj.lemma_.lower(), pobj)
    return found


def _add_modifiers(noun: Token, found: dict[str, Token]) -> None:
    """The adjectives and noun modifiers of an object: "chemical", "humanitarian"."""
    for modifier in noun.children:
        if modifier.dep_ in ("amod", "compound"):
            found.setdefault(modifier.lemma_.lower(), modifier)


def _known_lemma(token: Token, keys: tuple[str, ...], lexicon: Lexicon) -> str:
    """The token's lemma, or, when the lexicon does not know it, a lemma read off the surface
    form that it does know: the lemmatizer makes "stag" of "staged" and "lift" of nothing
    in "Lifts". Only inflected verb forms are undone, and only when the lemma is unknown."""
    lemma = token.lemma_.lower()
    if "V" not in keys or any((lemma, key) in lexicon for key in keys):
        return lemma
    word = token.lower_
    for suffix, ending in _INFLECTIONS:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            guess = word[: len(word) - len(suffix)] + ending
            if (guess, "V") in lexicon:
                return guess
    return lemma


def match(token: Token, lexicon: Lexicon) -> tuple[Trigger, Token | None] | None:
    """The lexicon entry `token` triggers, with the dependent its entry names (if any)."""
    pos = token.pos_
    if pos in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass", "amod"):
        keys = ("V",)
    elif pos == "ADJ" and any(c.dep_ == "xcomp" for c in token.children):
        keys = ("V",)  # "ready to contribute", "willing to send"
    elif pos in ("NOUN", "PROPN"):
        # A noun at the root, or with a subject, is a verb the tagger missed ("Modi meets").
        verbal = token.dep_ == "ROOT" or any(c.dep_ == "nsubj" for c in token.children)
        keys = ("V", "N") if verbal else ("N",)
    else:
        return None
    lemma = _known_lemma(token, keys, lexicon)
    # An attempt is only coded where CAMEO has a code for it ("tried to assassinate", 185).
    attempt = lemma in _ATTEMPT and any(c.dep_ == "xcomp" for c in token.children)
    dependents = dependent_lemmas(token, lexicon.classes.get("measure", frozenset()))
    for key in keys:
        trigger = lexicon.lookup(
            lemma, key, dependents, lambda d: _ROLE_RANK.get(dependents[d].dep_, 1)  # type: ignore[arg-type]
        )
        if attempt and (trigger is None or trigger.with_ is None):
            return None
        if trigger is not None:
            key_lemma = lexicon.dependent(trigger, dependents)
            return trigger, dependents.get(key_lemma) if key_lemma else None
    return None
