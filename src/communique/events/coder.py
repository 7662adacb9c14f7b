"""`EventCoder`: PLOVER and CAMEO events from the parse, the engagements and the outcomes.

Example:
    >>> coder = EventCoder()  # doctest: +SKIP
    >>> events = coder(analysis, mentions, engagements, outcomes)  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span as SpacySpan

from communique.events.agents import SubjectMemory
from communique.events.arguments import ActorIndex, placed_source
from communique.events.clauses import Clause, extract_clauses, located_states
from communique.events.codes import SubCodes
from communique.events.context import (
    active_verb,
    date_in,
    outside_reporters,
    passive_participle,
    place_in,
    unnamed_source,
)
from communique.events.headline import headline
from communique.events.learned import LearnedFallback
from communique.events.lexicon import Lexicon
from communique.events.modality import modality_of
from communique.events.positional import nearest_before, positional_actors
from communique.events.records import from_engagement, from_outcome, merge
from communique.events.tables import CodeTables
from communique.nlp import load_nlp
from communique.nlp.analysis import Analysis
from communique.types import (
    Cameo,
    Engagement,
    Event,
    Mentions,
    Outcome,
    Plover,
)

CODER_NAME = "plover.rules.v1"
# Events guessed by the learned fallback, when a coder is given one.
HYBRID_NAME = "plover.hybrid.v1"
# Uses of force whose target may be only where they land.
_FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
# A learned guess ranks below every event the rules support.
_LEARNED_CONFIDENCE = 0.25
_EMBEDDED_SHARE = 0.5
_BACKGROUND_SHARE = 0.5
# Cooperation and bargaining are coded only between parties the text names; force, coercion,
# protest and blame are also coded from an unnamed agentive subject ("police detained 18").
_NEEDS_ACTOR = frozenset(
    {"AGREE", "SUPPORT", "COOPERATE", "AID", "REQUEST", "REJECT", "CONCEDE", "RETREAT"}
)


class EventCoder:
    """Codes every clause that reports an interaction between actors as one `Event`."""

    name = CODER_NAME

    def __init__(self, fallback: LearnedFallback | None = None) -> None:
        """`fallback`, if given, guesses the root of sentences the rules code nothing in.
        It is off by default: cross-validation on the dev parts showed no gain
        (docs/coding.md, section 15)."""
        self.tables = CodeTables.load()
        self.lexicon = Lexicon.load()
        self.codes = SubCodes(self.tables)
        self.fallback = fallback

    def __call__(
        self,
        analysis: Analysis,
        mentions: Mentions,
        engagements: tuple[Engagement, ...] = (),
        outcomes: tuple[Outcome, ...] = (),
    ) -> tuple[Event, ...]:
        events: list[Event] = []
        for sentence, index, memory in self._readings(analysis, mentions):
            states = index.states_in(sentence)
            stranded: list[Clause] = []  # triggers the parse gave no actor
            found = len(events)
            for clause in extract_clauses(sentence, self.lexicon, index):
                nearby = outside_reporters(clause.token, states, index)
                source = clause.source or unnamed_source(clause, memory, nearby, index)
                source = placed_source(source, clause.target, nearby, index)
                clause = replace(clause, source=source)
                if clause.target and not source and active_verb(clause):
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

    def _readings(
        self, analysis: Analysis, mentions: Mentions
    ) -> Iterator[tuple[SpacySpan, ActorIndex, SubjectMemory]]:
        """Each sentence with the actor index and subject memory it is read with. A Title
        Case headline is read from its sentence-case parse (`events/headline.py`), in place
        of the document's parse of it."""
        index = ActorIndex(analysis.doc, mentions)
        memory = SubjectMemory(analysis.doc, index)
        title = headline(analysis.doc, mentions, lambda text: load_nlp()(text))
        if title is not None:
            title_index = ActorIndex(title, mentions)
            title_memory = SubjectMemory(title, title_index)
            yield from ((s, title_index, title_memory) for s in title.sents)
        for sentence in analysis.doc.sents:
            if title is None or sentence.start_char >= len(title.text):
                yield sentence, index, memory

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
            if clause.nominal or clause.token.dep_ == "relcl" or passive_participle(clause.token):
                continue
            source, target = positional_actors(clause.token, sentence, index)
            # One side suffices for force stated in the main clause ("shelled Gori").
            main = not (clause.background or clause.embedded)
            force = main and self.codes.of(clause)[:2] in _FORCE_ROOTS
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
            trigger=analysis.span(token.idx, token.idx + len(token)),
            sentence=analysis.span(sentence.start_char, sentence.end_char),
            date=date_in(mentions, sentence) or analysis.document.published,
            place=place_in(mentions, sentence),
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
        code = self.codes.of(clause)
        modality = modality_of(clause.token)
        stance = None if clause.nominal else self.codes.stance(code, modality, clause.token)
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
            trigger=analysis.span(token.idx, token.idx + len(token)),
            sentence=analysis.span(sentence.start_char, sentence.end_char),
            date=date_in(mentions, sentence) or analysis.document.published,
            place=place_in(mentions, sentence),
            modality=modality,
            confidence=round(min(confidence, 0.95), 2),
            coder=CODER_NAME,
        )
