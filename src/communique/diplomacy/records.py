"""Every engagement a document reports: its trigger mentions read as drafts, merged, made records."""

from __future__ import annotations

from communique.diplomacy.clauses import governor
from communique.diplomacy.document import complete
from communique.diplomacy.draft import Draft
from communique.diplomacy.engagement import engagement_of
from communique.diplomacy.index import DocIndex
from communique.diplomacy.mention import draft_of
from communique.diplomacy.merge import merge
from communique.diplomacy.purpose import purpose_verb
from communique.diplomacy.speculation import speculative
from communique.diplomacy.status import proposed
from communique.diplomacy.title import title_draft
from communique.diplomacy.triggers import find_triggers
from communique.diplomacy.turns import Turns
from communique.types import Engagement


def find_engagements(index: DocIndex, turns: Turns) -> tuple[Engagement, ...]:
    """Every engagement the document reports, merged, in order of first mention."""
    drafts: list[Draft] = []
    headline = _headline_end(index)
    lead = _lead_segment(index, headline)
    hits = list(find_triggers(index))
    nouns = {h.token.i for h in hits if h.trigger.pos == "noun"}
    # Where each trigger is, and the travel verb a purpose hangs on ("to co-chair the meeting").
    at = {h.token.i for h in hits}
    purposes = {v.i for h in hits if h.trigger.pos == "noun" and (v := purpose_verb(h.token))}
    for hit in hits:
        if hit.trigger.pos == "verb" and any(c.i in nouns for c in hit.token.children if c.dep_ == "dobj"):
            continue  # "hosted the summit": the summit says it, with its name and date
        if hit.trigger.needs == "to" and (
            hit.token.i in purposes or any(t.i in at for t in hit.token.subtree if t.i != hit.token.i)
        ):
            continue  # "will travel to São Paulo to meet business leaders": the meeting says it
        verb = hit.token if hit.trigger.pos == "verb" else governor(hit.token)
        if proposed(hit.token, verb) or speculative(hit.token, verb):
            # "proposed a meeting", "invited X to visit": an outcome, read there;
            # "would you meet him?", "I'd love to meet him", "if we meet": no engagement.
            continue
        draft = draft_of(hit, index)
        draft.title = hit.token.idx < headline
        # The headline and the lead sentence name what the document reports, not in passing.
        draft.passing = draft.passing and index.segment[hit.token.i] > lead
        draft.speech = turns.in_turn[hit.token.i]
        drafts.append(draft)
    title = title_draft(index)
    if title is not None:
        drafts.insert(0, title)
    merged = merge(drafts, index.analysis.document.published)
    complete(index, merged, turns)
    records: list[Engagement] = []
    for draft in merged:
        records.append(engagement_of(index, draft, len(records) + 1, records[-1].countries if records else ()))
    return tuple(records)


def _headline_end(index: DocIndex) -> int:
    """Where the document's title ends when the text opens with it (0 when it does not)."""
    title = index.analysis.document.title
    if not title:
        return 0
    at = index.analysis.text.find(title[:60], 0, 600 + len(title))
    return at + len(title) if at >= 0 else 0


def _lead_segment(index: DocIndex, headline: int) -> int:
    """The segment of the document's first sentence after its headline."""
    for n, (start, _) in enumerate(index.segments):
        if index.doc[start].idx >= headline and not index.doc[start].is_space:
            return n
    return 0
