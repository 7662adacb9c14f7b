"""Whether a bare engagement noun refers to a meeting at all.

"We will continue the dialogue", "resolve differences through dialogue", "enhance our regular
consultations": the noun names a practice, not the meeting the text reports, and must not be
merged into that meeting as evidence. A noun with nothing of its own (no people, name, place
or date) refers to a meeting only with a determiner that points back ("the talks were
constructive", "this meeting") and only when it is not the object of an ongoing practice.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs and prepositions that make a practice of dialogue rather than one meeting of it.
_PRACTICE_VERBS = frozenset({
    "continue", "maintain", "deepen", "strengthen", "enhance", "promote", "encourage",
    "support", "foster", "pursue", "intensify", "expand", "advance", "improve", "facilitate",
    "engage", "launch", "initiate", "establish", "institutionalize", "institutionalise",
    "resume", "sustain", "keep", "remain", "elevate", "build",
})  # fmt: skip
_PRACTICE_PREPOSITIONS = frozenset({"through", "via", "by"})
# "addressed a news conference", "paid a visit": an indefinite introduces one event.
_INTRODUCING = frozenset({"a", "an"})
_POINTING = frozenset({"the", "this", "that", "these", "those"})


def refers_to_a_meeting(noun: Token, verb: Token | None) -> bool:
    """Whether a trigger noun with nothing of its own can be a mention of a reported meeting.

    Args:
        noun: the trigger noun ("dialogue").
        verb: the verb governing it, if any ("continue" in "continue the dialogue").
    """
    # "the Vice President's visit", "our meeting": a possessor points to one meeting.
    det = next((c.lower_ if c.dep_ == "det" else "the" for c in noun.children if c.dep_ in ("det", "poss")), None)
    if det not in _POINTING | _INTRODUCING:
        # "Talks are continuing", "Negotiations resumed": plural talks as a subject are the
        # ones reported; a heading ("IN JOINT PRESS CONFERENCE", "Before Bilateral Meeting")
        # names its meeting. "Dialogue is the only way", "through dialogue" name a practice.
        subject = noun.dep_ in ("nsubj", "nsubjpass") and noun.tag_ == "NNS"
        heading = noun.text.isupper() or (noun.is_title and not noun.is_sent_start)
        return subject or heading
    if noun.dep_ == "pobj" and noun.head.lower_ in _PRACTICE_PREPOSITIONS:
        return False
    return not (verb is not None and noun.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in _PRACTICE_VERBS)
