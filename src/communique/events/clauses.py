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

from communique.events.agents import is_agent
from communique.events.arguments import ActorIndex, noun_phrase_actors
from communique.events.lexicon import Lexicon, Trigger
from communique.events.obligations import clausal_subject_actors, obligations
from communique.events.roles import subject_of, verb_arguments

_COUNTERPART_PREPS = frozenset({"with", "to", "in", "between", "at", "among"})
_QUANTITY = frozenset({"PRON", "NUM", "DET"})
_LIGHT = frozenset({"dobj", "nsubjpass", "attr", "pobj", "compound"})
_DEMAND = "100"
_DESCRIBING = frozenset({"relcl", "acl", "amod"})  # a clause or participle describing a noun
# Marks of a clause that sets the scene, and of one that states a condition.
_SCENE = frozenset({"after", "before", "since", "when", "while", "because", "until", "once", "as"})
_CONDITION = frozenset({"if", "unless"})
_STATEMENT = "01"  # public statements: comments, denials, claims, condolences
# Roots whose "that" clause names the one asked or blamed: appeals, demands, accusations.
_CLAUSAL_TARGET = frozenset({"02", "10", "11"})
# Words of ability: "hackers capable of launching cyber warfare" report no attack.
_ABILITY = frozenset({"capable", "able", "ability", "capability", "capacity", "unable"})
# Verbs that mean "attempt" before an infinitive: "tried to secure favour" is no trial.
_ATTEMPT = frozenset({"try"})


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
    embedded: bool = False  # under another trigger: "accused Israel of killing..."
    agentive: bool = False  # an unnamed body acts: "security forces fired on protesters"
    background: bool = False  # describes a noun or sets the scene: "forces backed by Russia"
    counterpart: bool = False  # an object or a with/to/in phrase, named or not: "met with officials"
    positional: bool = False  # actors read by position in the sentence, not from the parse


def _dependent_lemmas(token: Token) -> dict[str, Token]:
    """Lemmas of the dependents a lexicon `with` may name, mapped to the token bearing them."""
    found: dict[str, Token] = {}
    for child in token.children:
        if child.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp", "prep") for c in child.children):
            pass  # a stranded "to" ("to protest X's failure to usher in"): no phrase of its own
        elif child.dep_ in ("prt", "prep", "agent", "amod", "xcomp") or child.dep_ in _LIGHT:
            found.setdefault(child.lemma_.lower(), child)
        if child.dep_ in ("prep", "dobj", "xcomp"):
            for grandchild in child.children:
                if grandchild.dep_ in ("pobj", "dobj", "compound"):
                    found.setdefault(grandchild.lemma_.lower(), grandchild)
                elif grandchild.dep_ == "prep" and grandchild.lower_ == "of" and child.pos_ in _QUANTITY:
                    # "gave some of the equipment", "sent 500 of its troops": the quantity's "of".
                    for pobj in grandchild.children:
                        if pobj.dep_ == "pobj":
                            found.setdefault(pobj.lemma_.lower(), pobj)
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
    if lemma in _ATTEMPT and any(c.dep_ == "xcomp" for c in token.children):
        return None
    dependents = _dependent_lemmas(token)
    for key in keys:
        trigger = lexicon.lookup(lemma, key, dependents)  # type: ignore[arg-type]
        if trigger is not None:
            key_lemma = lexicon.dependent(trigger, dependents)
            return trigger, dependents.get(key_lemma) if key_lemma else None
    return None


def _noun_arguments(token: Token, index: ActorIndex) -> tuple[list, list]:
    source: list[str] = []
    target: list[str] = []
    # "the withdrawal of forces" names the agent, "Israel's bombing of Lebanon" (with an agent
    # already in front) the one acted on.
    fronted = any(
        c.dep_ in ("poss", "compound", "amod", "nmod") and noun_phrase_actors(c, index)
        for c in token.children
    )
    for child in token.children:
        actors = noun_phrase_actors(child, index) if child.dep_ != "prep" else ()
        if child.dep_ in ("poss", "compound", "amod", "nmod"):
            source.extend(a for a in actors if a not in source)
        elif child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                found = noun_phrase_actors(pobj, index)
                agentive = ("by", "between", "among") if fronted else ("by", "between", "among", "of")
                into = source if child.lower_ in agentive else target
                into.extend(a for a in found if a not in into)
    return source, target


def _sides_near(verb: Token, index: ActorIndex) -> list[str]:
    """The actors of a "between"/"among" phrase on `verb` or on a noun it governs."""
    found: list[str] = []
    preps = [c for c in verb.children if c.dep_ == "prep"]
    for prep in list(preps):
        preps.extend(g for p in prep.children if p.dep_ == "pobj" for g in p.children if g.dep_ == "prep")
    for prep in preps:
        if prep.lower_ in ("between", "among"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found.extend(a for a in noun_phrase_actors(pobj, index) if a not in found)
    return found


def located_states(token: Token, index: ActorIndex) -> list[str]:
    """States named by an "in" phrase on a verb or its object ("shelled the town of Gori in
    Georgia", "bombed targets in Lebanon"): where a use of force lands."""
    found: list[str] = []
    heads = [token, *(c for c in token.children if c.dep_ == "dobj")]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for pobj in prep.children:
                for t in pobj.subtree:
                    found.extend(a for a in index.at(t) if index.kind.get(a) == "state" and a not in found)
    return found


def _has_counterpart(token: Token) -> bool:
    """Whether a verb names whom or where it acts on, even unresolved ("arrived in Amman")."""
    for child in token.children:
        if child.dep_ in ("dobj", "dative"):
            return True
        if child.dep_ == "prep" and child.lower_ in _COUNTERPART_PREPS:
            if any(c.dep_ == "pobj" for c in child.children):
                return True
    return False


def _background(token: Token) -> bool:
    """Whether `token` itself describes a noun ("forces backed by Russia", "a journalist who
    had been sentenced"), sets the scene in a temporal or causal clause ("after Kiir pardoned
    him") or states a condition ("if Iran strikes", "unless Israel releases")."""
    if token.dep_ in _DESCRIBING:
        return True
    return token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _SCENE | _CONDITION for c in token.children
    )


def _of_ability(token: Token) -> bool:
    """Whether a deed is only what someone can do: "capable of launching", "able to strike"."""
    head = token.head
    if token.dep_ == "pcomp" and head.lower_ == "of":
        head = head.head
    elif token.dep_ not in ("xcomp", "acl"):
        return False
    return head.lemma_.lower() in _ABILITY


def _standing(token: Token, triggers: set[int]) -> tuple[bool, bool]:
    """Whether `token` is not the sentence's main event (embedded), and whether it is part of
    the background (background), read on the whole chain of its governors.

    Embedded: another trigger governs it ("accused Israel of killing", or a later conjunct,
    "condemned the attack and urged restraint"), or it states a purpose ("provided funds to
    support refugees"). Background: it or any clause above it is background (`_background`),
    so what is said inside a scene-setting clause stays there ("after Hollande accused Syrian
    troops of committing a war crime"). A bare reporting verb is no trigger, so the
    complement of "said" is the main event.
    """
    embedded = background = False
    for _ in range(len(token.sent)):
        background = background or _background(token)
        if token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            embedded = True
        # spaCy makes a new `Token` per access, so the root is found by index, not identity.
        if token.head.i == token.i:
            break
        token = token.head
        embedded = embedded or token.i in triggers
    return embedded or background, background


def _under_statement(token: Token, statements: set[int]) -> bool:
    """Whether `token` is what a public statement (CAMEO 01) is about: denied ("denied that
    it tortured"), claimed ("claimed responsibility for the bombings that killed 300"),
    considered ("is considering sending aid") or grieved ("condolences over an attack").

    CAMEO codes the statement, which has no PLOVER type, and not the deed it names, which
    the sentence does not report as done. A conjunct is a second act of the speaker ("denied
    the charges and accused the government"), not the statement's content.
    """
    for _ in range(len(token.sent)):
        if token.head.i == token.i or token.dep_ == "conj" and token.head.i in statements:
            return False
        token = token.head
        if token.i in statements:
            return True
    return False


def extract_clauses(sentence: SpacySpan, lexicon: Lexicon, index: ActorIndex) -> list[Clause]:
    """Every trigger in a sentence with its source and target actors."""
    matches: dict[int, tuple[Trigger, Token | None]] = {}
    for token in sentence:
        found = _match(token, lexicon)
        if found is not None:
            matches[token.i] = found
    used: set[int] = {obj.i for _, obj in matches.values() if obj is not None}
    clauses: list[Clause] = []
    triggers = set(matches) - used
    # A passive statement verb judges rather than states ("the delay is considered the main
    # hurdle"): nobody is considering anything.
    statements = {
        i for i in triggers
        if matches[i][0].cameo[:2] == _STATEMENT
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in sentence.doc[i].children)
    }
    for found in obligations(sentence, index):
        # The obliged act is asked for, not reported: it is the demand's sub-code only.
        used.add(found.verb.i)
        if found.speaker.i in matches:
            continue  # "demanded that X must...": the governing trigger is the event
        inner = matches.get(found.verb.i) or next(
            (matches[c.i] for c in found.verb.children if c.dep_ in ("xcomp", "acomp") and c.i in matches),
            None,
        )
        used.update(c.i for c in found.verb.children if c.i in matches)
        triggers.add(found.speaker.i)
        demand = Trigger(found.speaker.lemma_.lower(), "V", None, _DEMAND, None)
        clauses.append(
            Clause(found.speaker, demand, inner[0] if inner else None, found.source,
                   found.target, False, found.named_subject)
        )  # fmt: skip
    for i, (trigger, obj) in matches.items():
        if i in used:
            continue
        token = sentence.doc[i]
        head = token.head
        if token.dep_ == "xcomp" and head.i in matches and head.i != i:
            continue  # folded into its governor below
        if token.dep_ == "pcomp" and head.lower_ == "without":
            continue  # "gave arms without demanding payment": no demand was made
        if _of_ability(token):
            continue  # "hackers capable of launching cyber warfare": nothing was launched
        if _under_statement(token, statements):
            continue  # "Iran denied that it attacked the ship": the denial is the event
        nominal = trigger.pos == "N" and token.pos_ in ("NOUN", "PROPN")
        if nominal and head.i in matches and head.i != i:
            continue  # "condemned the attack": the condemnation is the event
        complement = next(
            (matches[c.i][0] for c in token.children if c.dep_ == "xcomp" and c.i in matches),
            None,
        )
        if nominal:
            source, target = _noun_arguments(token, index)
            if not source and not target and token.dep_ in ("nsubj", "nsubjpass"):
                # "Fighting broke out between Armenia and Azerbaijan", "clashes erupted on the
                # border between India and Pakistan": the sides hang on the verb.
                source = _sides_near(token.head, index)
            if token.dep_ == "dobj":
                # "Peru issued an ultimatum to Ecuador", "the US speeded up the withdrawal of
                # forces from Panama": the verb's subject acts; the noun's own "of" phrase
                # is then what the act concerns.
                actor, more = verb_arguments(head, index, token)
                if actor:
                    target.extend(a for a in source if a not in target and a not in actor)
                    source = actor
                target.extend(a for a in more if a not in target)
        else:
            source, target = verb_arguments(token, index, obj)
            if complement is not None:
                comp = next(c for c in token.children if c.dep_ == "xcomp" and c.i in matches)
                _, more = verb_arguments(comp, index, matches[comp.i][1])
                target.extend(a for a in more if a not in target and a not in source)
            if not target and trigger.cameo[:2] in _CLAUSAL_TARGET:
                # "demanded that the Sudanese government end curbs": the clause's subject.
                target.extend(clausal_subject_actors(token, index))
        target = [a for a in target if a not in source]
        subject = None if nominal else subject_of(token)
        named = subject is not None and any(t.ent_type_ for t in subject.subtree)
        agentive = subject is not None and not named and is_agent(subject)
        embedded, background = _standing(token, triggers)
        clauses.append(
            Clause(token, trigger, complement, tuple(source), tuple(target), nominal, named,
                   embedded, agentive, background, not nominal and _has_counterpart(token))
        )
    return clauses
