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

from dataclasses import dataclass, replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from communique.events.agents import is_agent
from communique.events.arguments import ActorIndex
from communique.events.lexicon import Lexicon, Trigger
from communique.events.matching import match
from communique.events.nominals import (
    death_sides,
    noun_arguments,
    sides_near,
    subject_event,
)
from communique.events.obligations import clausal_subject_actors, obligations
from communique.events.roles import subject_of, verb_arguments
from communique.events.standing import of_ability, purpose, standing, under_statement

_COUNTERPART_PREPS = frozenset({"with", "to", "in", "between", "at", "among"})
_DEMAND = "100"
_STATEMENT = "01"  # public statements: comments, denials, claims, condolences
# Roots whose "that" clause names the one asked or blamed: appeals, demands, accusations.
_CLAUSAL_TARGET = frozenset({"02", "10", "11"})
_FORCE = frozenset({"18", "19", "20"})
_UNSPECIFIED = frozenset({"180", "190", "200"})
# Giving or sending (07): a purpose clause may say what was sent ("a team to investigate").
_SENT_FOR = frozenset({"07"})


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


def _specific_doers(sentence: SpacySpan, matches: dict[int, tuple[Trigger, Token | None]]) -> None:
    """A use of force "not specified" takes the code of a more specific doer or weapon in its
    subject: "a suicide bomber killed 12" is a suicide bombing (1831), not force (190)."""
    for i, (trigger, _) in list(matches.items()):
        token = sentence.doc[i]
        verb = token.head
        if trigger.pos != "N" or token.dep_ != "nsubj" or verb.i not in matches:
            continue
        action, obj = matches[verb.i]
        if action.cameo in _UNSPECIFIED and trigger.cameo[:2] in _FORCE:
            matches[verb.i] = (replace(action, cameo=trigger.cameo), obj)


def _complement_of(
    token: Token, trigger: Trigger, matches: dict[int, tuple[Trigger, Token | None]]
) -> Token | None:
    """The trigger a verb governs as its complement ("agreed to meet"), or, for a verb of
    sending, as its purpose ("sent a team to Syria to investigate the attack": what the
    team was sent for; `event_complements.tsv` says which purposes change the code)."""
    for child in token.children:
        if child.i not in matches:
            continue
        if child.dep_ == "xcomp":
            return child
        if purpose(child) and trigger.cameo[:2] in _SENT_FOR and trigger.pos == "V":
            return child
    return None


def extract_clauses(sentence: SpacySpan, lexicon: Lexicon, index: ActorIndex) -> list[Clause]:
    """Every trigger in a sentence with its source and target actors."""
    matches: dict[int, tuple[Trigger, Token | None]] = {}
    for token in sentence:
        found = match(token, lexicon)
        if found is not None:
            matches[token.i] = found
    _specific_doers(sentence, matches)
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
        if of_ability(token):
            continue  # "hackers capable of launching cyber warfare": nothing was launched
        if under_statement(token, statements):
            continue  # "Iran denied that it attacked the ship": the denial is the event
        nominal = trigger.pos == "N" and token.pos_ in ("NOUN", "PROPN")
        if nominal and head.i in matches and head.i != i:
            continue  # "condemned the attack": the condemnation is the event
        comp = _complement_of(token, trigger, matches)
        complement = matches[comp.i][0] if comp is not None else None
        if nominal:
            source, target = noun_arguments(token, index)
            if not source and not target and token.dep_ in ("nsubj", "nsubjpass"):
                # "Fighting broke out between Armenia and Azerbaijan", "clashes erupted on the
                # border between India and Pakistan": the sides hang on the verb.
                source = sides_near(token.head, index)
            if not source and not target:
                # "a prisoner died after torture in Israeli custody": who died suffered it.
                source, target = death_sides(token, index)
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
            if not source:
                # "Clashes between A and B killed 12", "the attack on X wounded 3": the event
                # in the subject brings its own sides.
                more_source, more_target = subject_event(token, matches, index)
                source = more_source
                target.extend(a for a in more_target if a not in target and a not in source)
            if comp is not None:
                _, more = verb_arguments(comp, index, matches[comp.i][1])
                target.extend(a for a in more if a not in target and a not in source)
            if not target and trigger.cameo[:2] in _CLAUSAL_TARGET:
                # "demanded that the Sudanese government end curbs": the clause's subject.
                target.extend(clausal_subject_actors(token, index))
        target = [a for a in target if a not in source]
        subject = None if nominal else subject_of(token)
        named = subject is not None and any(t.ent_type_ for t in subject.subtree)
        agentive = subject is not None and not named and is_agent(subject)
        embedded, behind = standing(token, triggers)
        clauses.append(
            Clause(token, trigger, complement, tuple(source), tuple(target), nominal, named,
                   embedded, agentive, behind, not nominal and _has_counterpart(token))
        )
    return clauses
