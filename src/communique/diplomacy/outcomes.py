"""Outcomes: what the parties agreed, committed to, requested, announced, proposed or stated.

An outcome is a cue verb from `data/outcome_cues.tsv` with its clause. Parties are the cue's
subjects ("the two sides" stand for the engagement's countries), addressees its object or the
object of its particle ("called on X to"). Reporting verbs ("said", "noted") are not cues:
saying something is not an outcome.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from communique.diplomacy.index import DocIndex
from communique.diplomacy.lexicon import OutcomeCue, load_outcome_cues
from communique.diplomacy.parties import outcome_parties
from communique.diplomacy.topics import topics_in
from communique.diplomacy.triggers import is_counterpart
from communique.diplomacy.turns import Turns
from communique.types import Engagement, Modality, Outcome, Span

_SUFFIXES = ("", "d", "ed", "s", "ing")
# Dependencies under which a cue word describes a thing rather than states an act:
# "the agreed framework", "the announced plan".
_DESCRIBING = frozenset({"amod", "compound", "nmod", "acl"})
_FUTURE = frozenset({"will", "shall", "'ll"})
_HYPOTHETICAL = frozenset({"may", "might", "could", "would", "can", "should"})
# Clause parts that belong to another statement: "agreed to X in addition to reiterating Y".
# Left of the cue, only its subject and auxiliaries belong to the statement.
_LEFT_PARTS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod", "expl"})
_DANGLING = frozenset({"ADP", "DET", "CCONJ"})
_OTHER_STATEMENT = frozenset({"conj", "cc", "advcl", "punct", "parataxis"})


def cue_of(token: Token) -> OutcomeCue | None:
    """The outcome cue this token is, if any, checking its particle ("called on")."""
    cues = load_outcome_cues()
    candidates = cues.get(token.lemma_.lower(), ())
    if not candidates and token.pos_ != "VERB":
        low = token.lower_
        for suffix in _SUFFIXES[1:]:
            if low.endswith(suffix) and (found := cues.get(low[: -len(suffix)])):
                candidates = found
                break
    if not candidates or (token.pos_ != "VERB" and not token.lower_.endswith("ed")):
        return None
    # "called both her counterparts on Sunday" is a call, not "called on": a date is no addressee.
    particles = {c.lower_ for c in token.children if c.dep_ in ("prep", "prt") and not _dated(c)}
    objects = {c.lemma_.lower() for c in token.children if c.dep_ in ("dobj", "nsubjpass")}
    for cue in candidates:
        if cue.objects is not None and not cue.objects & objects:
            continue
        if cue.particle is None or cue.particle in particles:
            return cue
    return None


def _dated(particle: Token) -> bool:
    return any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in particle.children)


def modality_of(token: Token) -> Modality:
    """negated ("did not agree"), future ("will sign"), hypothetical ("may propose") or asserted."""
    children = list(token.children)
    if any(c.dep_ == "neg" for c in children):
        return "negated"
    auxes = {c.lemma_.lower() for c in children if c.dep_ == "aux"}
    if auxes & _FUTURE:
        return "future"
    if auxes & _HYPOTHETICAL:
        return "hypothetical"
    return "asserted"


def _clause(index: DocIndex, token: Token, cue_tokens: set[int]) -> tuple[int, int]:
    """The token range stating the outcome: the cue, its subject and its complements, without
    coordinated statements that have cues of their own."""
    start, end = token.i, token.i + 1
    for child in token.children:
        if child.dep_ in _OTHER_STATEMENT or (child.i < token.i and child.dep_ not in _LEFT_PARTS):
            continue
        sub = list(child.subtree)
        if child.i > token.i and any(t.i in cue_tokens and t.i != token.i for t in sub):
            if child.dep_ not in ("xcomp", "ccomp", "dobj"):
                continue
        start, end = min(start, sub[0].i), max(end, sub[-1].i + 1)
    seg_start, seg_end = index.segment_of(token)
    start, end = max(start, seg_start), min(end, seg_end)
    if index.doc[end - 1].pos_ in _DANGLING:
        end = seg_end  # the parser lost the object of "commitment for": read to the line's end
    return start, end


def find_outcomes(
    index: DocIndex, engagements: tuple[Engagement, ...], skip: set[int], turns: Turns
) -> tuple[Outcome, ...]:
    """Every outcome of the document, linked to the engagement its sentence belongs to."""
    doc = index.doc
    cued = [(t, cue) for t in doc if t.i not in skip and (cue := cue_of(t)) and t.dep_ not in _DESCRIBING]
    cue_tokens = {t.i for t, _ in cued}
    places = _engagement_segments(index, engagements)
    outcomes: list[Outcome] = []
    seen: dict[tuple[str, ...], int] = {}
    for token, cue in cued:
        start, end = _clause(index, token, cue_tokens)
        span = index.span(start, end)
        if len(span.text) < 8:
            continue
        if cue.type == "request" and not _asks_someone(index, token):
            continue  # "You asked when...", "I will ask it in Russian": questions, not requests
        engagement = _engagement_for(index, token, engagements, places)
        if not _says_something(index, token, end):
            continue  # "We welcome", "we agreed today", "to renew it": no content of its own
        parties, addressees = outcome_parties(index, token, cue, engagement, turns, engagements)
        key = (cue.type, cue.status, *_content(index, token, end))
        if key in seen and len(key) > 4:
            # The same thing stated twice (a headline restating the body): one outcome.
            outcomes[seen[key]] = _restated(outcomes[seen[key]], index.span(token.i, token.i + 1), parties)
            continue
        seen[key] = len(outcomes)
        outcomes.append(
            Outcome(
                id=f"o{len(outcomes) + 1}",
                type=cue.type,
                text=span.text,
                parties=parties,
                addressees=addressees,
                topics=topics_in(index.topics, start, end),
                status=cue.status,
                modality=modality_of(token),
                engagement=engagement.id if engagement else None,
                evidence=(index.span(token.i, token.i + 1),),
                confidence=0.8 if parties else 0.6,
            )
        )
    return tuple(outcomes)


# Words that do not change what is stated: "Both sides also agree" = "They agreed".
_FILLER = frozenset({"also", "further", "too", "again", "then", "both", "the", "a", "an"})


def _content(index: DocIndex, cue: Token, end: int) -> tuple[str, ...]:
    """What an outcome states, right of its cue, as lemmas: the same commitment worded in
    another tense or with another subject gives the same tuple."""
    return tuple(
        t.lemma_.lower() for t in index.doc[cue.i + 1 : end]
        if not t.is_punct and not t.is_space and t.lower_ not in _FILLER
    )


_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})


def _says_something(index: DocIndex, cue: Token, end: int) -> bool:
    """Whether an outcome states something besides its cue: a content word right of the cue
    or in its passive subject ("Many documents were signed"), not a pronoun, a date or a
    greeting ("welcome you", "Welcome to Moscow" greet; "launched earlier this month" dates)."""
    if cue.lemma_.lower() == "welcome" and any(
        c.dep_ == "dobj" and (c.pos_ == "PRON" or c.ent_type_ == "PERSON") for c in cue.children
    ):
        return False
    words = [*index.doc[cue.i + 1 : end], *(t for c in cue.children if c.dep_ == "nsubjpass" for t in c.subtree)]
    greeting = cue.lemma_.lower() == "welcome" and any(t.lower_ == "to" for t in words[:1])
    return not greeting and any(
        t.pos_ in _CONTENT_POS and t.ent_type_ not in ("DATE", "TIME") and index.date[t.i] is None for t in words
    )


def _restated(outcome: Outcome, evidence: Span, parties: tuple[str, ...]) -> Outcome:
    return dataclasses.replace(
        outcome,
        evidence=(*outcome.evidence, evidence),
        parties=outcome.parties + tuple(p for p in parties if p not in outcome.parties),
    )


def _engagement_segments(index: DocIndex, engagements: tuple[Engagement, ...]) -> list[tuple[int, Engagement]]:
    found: list[tuple[int, Engagement]] = []
    for engagement in engagements:
        for span in engagement.evidence:
            tokens = index.doc.char_span(span.start, span.end, alignment_mode="expand")
            if tokens is not None and len(tokens):
                found.append((index.segment[tokens[0].i], engagement))
    return sorted(found, key=lambda p: p[0])


def _engagement_for(
    index: DocIndex, token: Token, engagements: tuple[Engagement, ...], places: list[tuple[int, Engagement]]
) -> Engagement | None:
    """The engagement named in the outcome's segment, else the latest named before it, else
    the only one of the document."""
    segment = index.segment[token.i]
    before = [e for s, e in places if s <= segment]
    if before:
        return before[-1]
    return engagements[0] if len(engagements) == 1 else None


_WH_WORDS = frozenset({"what", "when", "where", "why", "how", "whether", "if", "who", "which"})


def _asks_someone(index: DocIndex, token: Token) -> bool:
    """Whether a request cue has someone asked ("urged Japan", "called on X"), something
    asked for ("asked for support") or something asked to be done ("urged all parties to
    allow", "requested that the Assembly hold"), not a question ("You asked when...")."""
    children = list(token.children)
    for child in children:
        if child.dep_ in ("dobj", "dative") and is_counterpart(child, index):
            return True
        if child.dep_ in ("prep", "prt") and child.lower_ in ("for", "on", "upon", "to"):
            return True
        if child.dep_ in ("xcomp", "ccomp") and _asked_action(child):
            return True
    return False


def _asked_action(clause: Token) -> bool:
    """Whether a complement clause is an action asked for: "to deliver", "that X hold"; not
    "when the talks resume" nor "whether they agree"."""
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    markers = {c.lower_ for c in clause.children if c.dep_ in ("aux", "mark", "advmod")}
    first = clause.left_edge.lower_
    return not (markers | {first}) & _WH_WORDS and bool(markers & {"to", "that"} or clause.tag_ == "VB")
