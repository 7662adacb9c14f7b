"""Clause extraction: trigger words from the lexicon and their arguments from the parse.

For each sentence we look up verbs (and nouns the tagger took for verbs at a clause root,
as in headlines: "Modi meets Kishida"), then nouns that head their own event ("talks
between", "Israeli strikes on"). A verb reads its arguments from its dependents:

- active: subject -> source; direct object, dative, or the object of "with", "to",
  "against", "on", "at"... -> target;
- passive: the "by" agent -> source; the passive subject -> target;
- a verb with no subject of its own borrows its governor's ("X met Y and signed...",
  "Meeting in Delhi, the two sides discussed...");
- a complement that is itself a trigger folds into its governor ("agreed to meet",
  "threatened to impose sanctions", "urged Japan to look into"), which keeps the governor's
  root and takes the sub-code the pair implies;
- light verbs are lexicon entries with an object ("held talks", "imposed sanctions"); the
  object noun is then used up and reports no event of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan, Token

from communique.events.arguments import ActorIndex, noun_phrase_actors
from communique.events.lexicon import Lexicon, Trigger

_SUBJECT = frozenset({"nsubj", "csubj"})
_OBJECT = frozenset({"dobj", "dative", "attr", "oprd"})
_TARGET_PREPS = frozenset(
    {"with", "to", "against", "on", "at", "into", "toward", "towards", "upon", "from", "for",
     "between", "among"}
)  # fmt: skip
_BORROW = frozenset({"conj", "advcl", "xcomp", "pcomp"})
_LIGHT = frozenset({"dobj", "nsubjpass", "attr", "pobj", "compound"})


@dataclass(frozen=True, slots=True)
class Clause:
    """A trigger with its actors, before coding."""

    token: Token
    trigger: Trigger
    complement: Trigger | None
    source: tuple[str, ...]
    target: tuple[str, ...]
    nominal: bool
    named_subject: bool


def _dependent_lemmas(token: Token) -> dict[str, Token]:
    """Lemmas of the dependents a lexicon `with` may name, mapped to the token bearing them."""
    found: dict[str, Token] = {}
    for child in token.children:
        if child.dep_ in ("prt", "prep", "agent") or child.dep_ in _LIGHT or child.dep_ == "amod":
            found.setdefault(child.lemma_.lower(), child)
        if child.dep_ in ("prep", "dobj", "xcomp"):
            for grandchild in child.children:
                if grandchild.dep_ in ("pobj", "dobj", "compound"):
                    found.setdefault(grandchild.lemma_.lower(), grandchild)
    return found


def _match(token: Token, lexicon: Lexicon) -> tuple[Trigger, Token | None] | None:
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
    lemma = token.lemma_.lower()
    dependents = _dependent_lemmas(token)
    for key in keys:
        trigger = lexicon.lookup(lemma, key, dependents)  # type: ignore[arg-type]
        if trigger is not None:
            return trigger, dependents.get(trigger.with_) if trigger.with_ else None
    return None


def _subject(token: Token) -> Token | None:
    for _ in range(4):
        for child in token.children:
            if child.dep_ in _SUBJECT:
                if child.pos_ == "PRON" and token.dep_ == "ccomp":
                    # "Japan said it had halted aid": the pronoun is the reporting subject.
                    return _subject(token.head) or child
                return child
        if token.dep_ == "relcl":
            return token.head
        if token.dep_ not in _BORROW or token.head is token:
            return None
        token = token.head
    return None


def _verb_arguments(token: Token, index: ActorIndex, used: Token | None) -> tuple[list, list]:
    source: list[str] = []
    target: list[str] = []

    def add(into: list[str], actors: tuple[str, ...]) -> None:
        into.extend(a for a in actors if a not in into)

    heads = [token] if used is None else [token, used]
    for head in heads:
        for child in head.children:
            if child.dep_ == "nsubjpass":
                add(target, noun_phrase_actors(child, index))
            elif child.dep_ == "agent":
                for pobj in child.children:
                    add(source, noun_phrase_actors(pobj, index))
            elif child.dep_ in _OBJECT and child is not used:
                add(target, noun_phrase_actors(child, index))
            elif child.dep_ == "prep" and child.lower_ in _TARGET_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        add(target, noun_phrase_actors(pobj, index))
            elif child.dep_ == "xcomp":
                # Object control: "urged Japan to act" may parse Japan as the xcomp's subject.
                for grandchild in child.children:
                    if grandchild.dep_ in _SUBJECT:
                        add(target, noun_phrase_actors(grandchild, index))
    subject = _subject(token)
    if subject is not None:
        add(source, noun_phrase_actors(subject, index))
    return source, target


def _noun_arguments(token: Token, index: ActorIndex) -> tuple[list, list]:
    source: list[str] = []
    target: list[str] = []
    for child in token.children:
        actors = noun_phrase_actors(child, index) if child.dep_ != "prep" else ()
        if child.dep_ in ("poss", "compound", "amod", "nmod"):
            source.extend(a for a in actors if a not in source)
        elif child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                found = noun_phrase_actors(pobj, index)
                into = source if child.lower_ in ("by", "between", "among", "of") else target
                into.extend(a for a in found if a not in into)
    return source, target


def extract_clauses(sentence: SpacySpan, lexicon: Lexicon, index: ActorIndex) -> list[Clause]:
    """Every trigger in a sentence with its source and target actors."""
    matches: dict[int, tuple[Trigger, Token | None]] = {}
    for token in sentence:
        found = _match(token, lexicon)
        if found is not None:
            matches[token.i] = found
    used: set[int] = {obj.i for _, obj in matches.values() if obj is not None}
    clauses: list[Clause] = []
    for i, (trigger, obj) in matches.items():
        if i in used:
            continue
        token = sentence.doc[i]
        head = token.head
        if token.dep_ == "xcomp" and head.i in matches and head.i != i:
            continue  # folded into its governor below
        nominal = trigger.pos == "N" and token.pos_ in ("NOUN", "PROPN")
        if nominal and head.i in matches and head.i != i:
            continue  # "condemned the attack": the condemnation is the event
        complement = next(
            (matches[c.i][0] for c in token.children if c.dep_ == "xcomp" and c.i in matches),
            None,
        )
        if nominal:
            source, target = _noun_arguments(token, index)
            if token.dep_ == "dobj" and not source:
                # "Peru issued an ultimatum to Ecuador": the verb carries the arguments.
                source, more = _verb_arguments(head, index, token)
                target.extend(a for a in more if a not in target)
        else:
            source, target = _verb_arguments(token, index, obj)
            if complement is not None:
                comp = next(c for c in token.children if c.dep_ == "xcomp" and c.i in matches)
                _, more = _verb_arguments(comp, index, matches[comp.i][1])
                target.extend(a for a in more if a not in target and a not in source)
        target = [a for a in target if a not in source]
        subject = None if nominal else _subject(token)
        named = subject is not None and any(t.ent_type_ for t in subject.subtree)
        clauses.append(
            Clause(token, trigger, complement, tuple(source), tuple(target), nominal, named)
        )
    return clauses
