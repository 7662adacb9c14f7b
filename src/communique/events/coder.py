"""`EventCoder`: PLOVER and CAMEO events from the parse, the engagements and the outcomes.

Example:
    >>> coder = EventCoder()  # doctest: +SKIP
    >>> events = coder(analysis, mentions, engagements, outcomes)  # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from importlib.resources import files

from spacy.tokens import Span as SpacySpan, Token

from communique.events.agents import SubjectMemory, agent_nouns
from communique.events.arguments import ActorIndex, placed_source
from communique.events.clauses import Clause, extract_clauses, located_states
from communique.events.learned import LearnedFallback
from communique.events.lexicon import Lexicon
from communique.events.modality import announces, may_happen, modality_of
from communique.events.positional import nearest_before, positional_actors
from communique.events.roles import subject_of
from communique.events.records import from_engagement, from_outcome, merge
from communique.events.tables import CodeTables
from communique.nlp.analysis import Analysis
from communique.types import Cameo, Engagement, Event, Mentions, Modality, Outcome, Plover, Span

CODER_NAME = "plover.rules.v1"
# Events guessed by the learned fallback, when a coder is given one.
HYBRID_NAME = "plover.hybrid.v1"
# Deeds whose announcement is an intent to cooperate (CAMEO 03) or, negated, a refusal (12).
_COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
# Deeds whose announcement or possibility is a threat (CAMEO 13).
_HOSTILE = frozenset({"SANCTION", "COERCE", "ASSAULT"})
# Cooperation and bargaining are coded only between parties the text names; force, coercion,
# protest and blame are also coded from an unnamed agentive subject ("police detained 18").
# Uses of force whose target may be only where they land.
_FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
# A learned guess ranks below every event the rules support.
_LEARNED_CONFIDENCE = 0.25
_EMBEDDED_SHARE = 0.5
_BACKGROUND_SHARE = 0.5
_NEEDS_ACTOR = frozenset(
    {"AGREE", "SUPPORT", "COOPERATE", "AID", "REQUEST", "REJECT", "CONCEDE", "RETREAT"}
)


@lru_cache(maxsize=1)
def _complements() -> dict[tuple[str, str], str]:
    text = files("communique.data").joinpath("event_complements.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and line[0] != "#"]
    return {(root, plover): code for root, plover, code in rows[1:]}


class EventCoder:
    """Codes every clause that reports an interaction between actors as one `Event`."""

    name = CODER_NAME

    def __init__(self, fallback: LearnedFallback | None = None) -> None:
        """`fallback`, if given, guesses the root of sentences the rules code nothing in.
        It is off by default: cross-validation on the dev parts showed no gain
        (docs/coding.md, section 15)."""
        self.tables = CodeTables.load()
        self.lexicon = Lexicon.load()
        self.complements = _complements()
        self.fallback = fallback

    def __call__(
        self,
        analysis: Analysis,
        mentions: Mentions,
        engagements: tuple[Engagement, ...] = (),
        outcomes: tuple[Outcome, ...] = (),
    ) -> tuple[Event, ...]:
        index = ActorIndex(analysis.doc, mentions)
        events: list[Event] = []
        # No actor named anywhere still leaves agentive subjects ("police detained 18 people").
        memory = SubjectMemory(analysis.doc, index)
        for sentence in analysis.doc.sents:
            states = index.states_in(sentence)
            stranded: list[Clause] = []  # triggers the parse gave no actor
            found = len(events)
            for clause in extract_clauses(sentence, self.lexicon, index):
                nearby = _outside_reporters(clause.token, states, index)
                source = clause.source or _unnamed_source(clause, memory, nearby, index)
                source = placed_source(source, clause.target, nearby, index)
                clause = replace(clause, source=source)
                if clause.target and not source and _active_verb(clause):
                    # "Pakistani troops yesterday along the line of control fired at Indian
                    # posts": the parse lost the subject, the sentence did not.
                    source = nearest_before(clause.token, sentence, index, clause.target)
                    clause = replace(clause, source=source, positional=bool(source))
                event = self._code(analysis, mentions, sentence, clause, index)
                if event is not None:
                    events.append(event)
                elif not (clause.source or clause.target):
                    stranded.append(clause)
            if len(events) == found:
                # Only a sentence the parse coded nothing in is read by position.
                events.extend(self._by_position(analysis, mentions, sentence, stranded, index))
            if len(events) == found and self.fallback is not None:
                guessed = self._learned(analysis, mentions, sentence, index)
                events.extend([guessed] if guessed is not None else [])
        derived = [from_engagement(e, analysis, mentions, self.tables) for e in engagements]
        derived += [from_outcome(o, analysis, mentions, self.tables) for o in outcomes]
        country_of = {a.id: a.country for a in mentions.actors}
        events = merge(events, [e for e in derived if e is not None], country_of)
        events.sort(key=lambda e: (e.trigger.start, e.plover.type))
        return tuple(replace(e, id=f"ev{n}") for n, e in enumerate(events, 1))

    def code_of(self, clause: Clause) -> str:
        """The CAMEO code of a clause: the trigger's, refined by a complement it governs."""
        code = clause.trigger.cameo
        if clause.complement is not None:
            kind = self.tables.plover_of(clause.complement.cameo).type or ""
            if code[:2] == "03" and kind in _HOSTILE:
                # "vowed to retaliate", "is prepared to impose martial law": a pledge of
                # force or coercion is a threat.
                return self.complements.get(("13", kind), "130")
            code = self.complements.get((code[:2], kind), code)
        return code

    def stance_of(self, code: str, modality: Modality, token: Token) -> str | None:
        """The CAMEO code of what a clause says its subject will do, or None if it reports a deed.

        CAMEO codes the saying: "will visit" expresses an intent to meet (036, AGREE), "could
        halt its mediation" or "plans to impose restrictions" threatens (13x), "would not
        meet the demands" refuses (12x).
        """
        kind = self.tables.plover_of(code).type or ""
        if modality == "negated":
            if kind in _COOPERATIVE | {"AGREE"}:
                return self.complements.get(("12", kind), "120")
            return None
        if kind in _COOPERATIVE and modality == "future" and announces(token):
            return self.complements.get(("03", kind), "030")
        if kind in _HOSTILE and (announces(token) or may_happen(token)):
            return self.complements.get(("13", kind), "130")
        return None

    def _by_position(
        self,
        analysis: Analysis,
        mentions: Mentions,
        sentence: SpacySpan,
        stranded: list[Clause],
        index: ActorIndex,
    ) -> list[Event]:
        """Events of main-clause verbs the parse gave no actor, with the actors their position
        suggests (`positional_actors`): force in the main clause may have one side only,
        anything else needs both. Nouns and relative clauses are left alone: "condolences
        over a fire that killed ..." names no attacker by position, and "a Korean soldier
        killed in Afghanistan" names the victim before the verb."""
        events: list[Event] = []
        for clause in stranded:
            if clause.nominal or clause.token.dep_ == "relcl" or _passive_participle(clause.token):
                continue
            source, target = positional_actors(clause.token, sentence, index)
            # One side suffices for force stated in the main clause ("shelled Gori").
            main = not (clause.background or clause.embedded)
            force = main and self.code_of(clause)[:2] in _FORCE_ROOTS
            if not (source and target) and not (force and (source or target)):
                continue
            clause = replace(clause, source=source, target=target, positional=True)
            event = self._code(analysis, mentions, sentence, clause, index)
            if event is not None:
                events.append(event)
        return events

    def _learned(
        self, analysis: Analysis, mentions: Mentions, sentence: SpacySpan, index: ActorIndex
    ) -> Event | None:
        """The learned fallback's event for a sentence the rules coded nothing in: only with
        a party the text names (a state, an organisation, or a person with a country), the
        actors read by position from the sentence's root, and a low confidence."""
        parties = [
            a for t in sentence for a in index.at(t)
            if index.kind.get(a) in ("state", "organization") or index.country.get(a)
        ]
        if not parties:
            return None
        guess = self.fallback(sentence)  # type: ignore[misc]
        if guess is None:
            return None
        root, probability = guess
        coding = self.tables.plover_of(root)
        if coding.type is None or root not in self.tables.cameo:
            return None  # a public statement (01): no PLOVER type
        source, target = positional_actors(sentence.root, sentence, index)
        if not source:
            # The first party named acts on the next one: "Israel ... Gaza".
            source = (parties[0],)
            home = index.country.get(parties[0])
            target = target or tuple(a for a in parties if index.country.get(a) != home)[:1]
        if coding.type == "CONSULT" and not target:
            return None  # a meeting needs two parties
        token = sentence.root
        cameo = self.tables.cameo[root]
        return Event(
            id="",
            plover=Plover(coding.type, coding.mode, coding.contexts),
            cameo=Cameo(cameo.code, cameo.quad_class, cameo.goldstein),
            source=source,
            target=tuple(a for a in target if a not in source),
            trigger=Span(token.idx, token.idx + len(token), token.text),
            sentence=analysis.span_of(sentence),
            date=_date_in(mentions, sentence) or analysis.document.published,
            place=_place_in(mentions, sentence),
            modality=modality_of(token),
            confidence=round(min(_LEARNED_CONFIDENCE, probability), 2),
            coder=HYBRID_NAME,
        )

    def _code(
        self,
        analysis: Analysis,
        mentions: Mentions,
        sentence: SpacySpan,
        clause: Clause,
        index: ActorIndex,
    ) -> Event | None:
        unnamed = not clause.source and not clause.target and not clause.named_subject
        if unnamed and not clause.agentive:
            return None  # nobody acts: no interaction to code
        code = self.code_of(clause)
        modality = modality_of(clause.token)
        stance = None if clause.nominal else self.stance_of(code, modality, clause.token)
        if stance is not None:
            code, modality = stance, "asserted"  # the intent, threat or refusal is stated
        coding = self.tables.plover_of(code)
        if coding.type is None:
            return None
        if coding.type in _NEEDS_ACTOR and unnamed:
            return None  # "the government agreed to the demands": whose government?
        if coding.type == "REQUEST" and not clause.source and not clause.target:
            return None  # a demand needs a party asking or asked, not just a named crowd
        if coding.type == "CONSULT" and len(clause.source) + len(clause.target) < 2:
            # A meeting needs two parties ("the cabinet met" is not diplomacy), but one named
            # party meeting someone the text does not resolve still meets: "met with
            # officials", "arrived in Amman" (PETRARCH codes the other side as unknown).
            if not (clause.source and clause.counterpart):
                return None
        token = clause.token
        if not clause.target and code[:2] in _FORCE_ROOTS and not clause.nominal:
            # Force lands somewhere: "Israeli jets bombed targets in Lebanon" targets Lebanon.
            landed = [a for a in located_states(token, index) if a not in clause.source]
            clause = replace(clause, target=tuple(landed))
        cameo = self.tables.cameo[code]
        mode = clause.trigger.mode if coding.type == "CONSULT" and clause.trigger.mode else None
        confidence = 0.4 + 0.3 * bool(clause.source) + 0.15 * bool(clause.target)
        confidence -= 0.15 * clause.nominal
        # Actors by position rank as if the parse had found no source.
        confidence -= 0.3 * clause.positional
        # The clause's standing in its sentence scales what its actors earned: the main
        # clause's event outranks one under another trigger or a purpose, which outranks the
        # background.
        confidence *= _EMBEDDED_SHARE ** clause.embedded * _BACKGROUND_SHARE ** clause.background
        return Event(
            id="",
            plover=Plover(coding.type, mode or coding.mode, coding.contexts),
            cameo=Cameo(cameo.code, cameo.quad_class, cameo.goldstein),
            source=clause.source,
            target=clause.target,
            trigger=Span(token.idx, token.idx + len(token), token.text),
            sentence=analysis.span_of(sentence),
            date=_date_in(mentions, sentence) or analysis.document.published,
            place=_place_in(mentions, sentence),
            modality=modality,
            confidence=round(min(confidence, 0.95), 2),
            coder=CODER_NAME,
        )


def _unnamed_source(
    clause: Clause, memory: SubjectMemory, states: list[str], index: ActorIndex
) -> tuple[str, ...]:
    """The source of a clause whose subject names no actor: a pronoun's antecedent, or for an
    agentive noun ("security forces", "the government") the one state of its sentence."""
    subject = None if clause.nominal else subject_of(clause.token)
    if subject is None:
        return ()
    pronoun = memory.pronoun_of(subject)
    if pronoun is not None:
        return memory.before(pronoun)
    if subject.lemma_.lower() not in agent_nouns():
        return ()
    taken = {index.country.get(a) for a in clause.target}
    candidates = [s for s in states if s not in clause.target and index.country.get(s) not in taken]
    return (candidates[0],) if len(candidates) == 1 else ()


def _outside_reporters(token: Token, states: list[str], index: ActorIndex) -> list[str]:
    """The sentence's states less those in the subject of a verb that governs `token`: "the
    government declared a state of siege, a spokeswoman for the U.S. embassy said" does not
    place the government in the United States."""
    reporters: set[str] = set()
    while token.head.i != token.i:
        if token.dep_ in ("ccomp", "parataxis"):
            # Only across a reported clause: a borrowed subject ("Japan agreed to send")
            # is the clause's own.
            for child in token.head.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    reporters.update(index.states_in(child.subtree))
        token = token.head
    return [s for s in states if s not in reporters] if reporters else states


def _date_in(mentions: Mentions, sentence: SpacySpan) -> str | None:
    start, end = sentence.start_char, sentence.end_char
    return next((d.value for d in mentions.dates if start <= d.span.start < end), None)


def _place_in(mentions: Mentions, sentence: SpacySpan) -> str | None:
    start, end = sentence.start_char, sentence.end_char
    for place in mentions.places:
        if any(start <= m.start < end for m in place.mentions):
            return place.id
    return None


def _passive_participle(token: Token) -> bool:
    """ "a soldier killed in Afghanistan": the noun before was acted on, not acting."""
    return token.dep_ == "acl" and token.tag_ == "VBN"


def _active_verb(clause: Clause) -> bool:
    """Whether a clause is a verb in the active voice, whose doer stands before it."""
    token = clause.token
    if clause.nominal or token.dep_ in ("relcl", "pcomp"):
        return False
    if token.dep_ == "acl" and token.sent.root.pos_ not in ("NOUN", "PROPN"):
        return False  # a participle describing a noun, unless the parse found no main verb
    return not any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in token.children)
