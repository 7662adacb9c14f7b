"""Speakers of passive cues: a passive names what is said, so its speaker stands elsewhere.

"a box labeled "fragile"" names no speaker; "called "a fraud" by the mayor" names its agent,
which the parser may hang on the quoted words; "The mayor is reported to have called it "a
fraud"" is hearsay of words that are the subject's own.

Example:
    >>> # in 'The plan was called "a fraud" by Lund', passive_speaker(called) is "Lund"
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.mentions.quote_lexicon import SpeechVerbs
from communique.mentions.quote_tree import is_name
from communique.nlp.tree import passive_agent

# Where the parser hangs the quoted words of "called X "Y" by Z": Z's `by` then hangs on Y.
_NAMED_DEPS = frozenset({"oprd", "dobj", "attr"})


def passive_speaker(verb: Token) -> Token | None:
    """The one who said what a passive cue reports: its agent, wherever the parser hung it, or
    the subject of a hearsay report; None for a bare passive ("a box labeled")."""
    return passive_agent(verb) or stray_agent(verb) or raised_speaker(verb)


def stray_agent(verb: Token) -> Token | None:
    """The `by` name of a passive cue that the parser hung on the quoted words, or None.

    "This habit has been called "strategic ambiguity" by Joshua Hendrick, a professor": the agent
    named right after the quote is the one who called it so.
    """
    for named in verb.rights:
        if named.dep_ not in _NAMED_DEPS:
            continue
        for by in named.rights:
            found = next((c for c in by.children if c.dep_ == "pobj"), None) if by.lower_ == "by" else None
            if found is not None and is_name(found):
                return found
    return None


def raised_speaker(verb: Token) -> Token | None:
    """The subject of a passive report whose infinitive says what its subject said, or None.

    "The mayor is reported to have called the plan "a fraud"", "Lund is said to have described
    it as "...": the report is hearsay, the words are the subject's, as PolNeAR marks them.
    """
    for clause in verb.rights:
        if clause.dep_ == "xcomp" and SpeechVerbs.load().cues(clause.lemma_):
            return next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    return None
