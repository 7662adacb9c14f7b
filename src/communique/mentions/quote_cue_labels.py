"""Quotes announced by a colon: a label (`Pence: "..."`, `Pollsters agree - Carl Bialik: "..."`) or
a clause that ends in a colon (`Sanders delivered a snappy retort: "..."`).

`quote_cues.CueFinder.before` asks here when no reporting verb stands before the opening mark; the
colon is then the cue, and the label or the clause's subject the speaker.

Example:
    >>> # for 'Kasich resisted: "Not now."', colon_label(...) gives the speaker "Kasich" and the cue ":"
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.mentions.quote_attribution import Attribution, QuotedText, speaker_only
from communique.mentions.quote_cue_clauses import clause_subject, lead_subject
from communique.mentions.quote_tree import DASHES, head_span, is_name, noun_phrase


def dash_label(tokens: list[Token]) -> Attribution | None:
    """`Pollsters agree - Carl Bialik: "..."`: a name between a dash and the colon before a quote
    labels the quote (a digest's format), whatever the clause before the dash says."""
    if len(tokens) < 3 or tokens[-1].text != ":":
        return None
    name = tokens[-2]
    n = len(tokens) - 2
    while n > 0 and tokens[n].pos_ == "PROPN" and tokens[n].text not in DASHES:
        n -= 1
    if n == len(tokens) - 2 or tokens[n].text not in DASHES or not is_name(name):
        return None
    return _at_colon(tokens[-1], speaker_only(name))


def colon_label(tokens: list[Token], marks: QuotedText | None) -> Attribution | None:
    """The speaker of the words before a colon that opens a quote, when no reporting verb stands there.

    Args:
        tokens: the sentence's words before the opening mark, the last of them the colon.
        marks: the document's quoted text, where no speaker stands.
    """
    if tokens[-1].text != ":" or len(tokens) < 2:
        return None
    colon = tokens[-1]
    if is_name(tokens[-2]) or tokens[-2].is_title:
        # A headline or a label: `Pence: "..."`. A name inside a clause is its object ("X
        # delivered a message to Trump:", "X quotes Kahn:"): the clause's subject speaks.
        return _at_colon(colon, clause_subject(tokens[-2], tokens[0].i, marks) or speaker_only(tokens[-2]))
    # "Sanders delivered a snappy retort:", "The board was conclusive in its findings:": a
    # clause that announces the quote names its speaker as its subject, whatever its verb.
    found = lead_subject(tokens[:-1])
    if found is None or found.i < tokens[0].i or not is_name(found) or found.lower_ == "it":
        return None
    if marks is not None and found.idx in marks:
        return None
    return Attribution((colon.idx, colon.idx + 1), noun_phrase(found), head_span(found), colon.i)


def _at_colon(colon: Token, found: Attribution) -> Attribution:
    """`found`'s speaker with the colon as its cue."""
    return Attribution((colon.idx, colon.idx + 1), found.speaker, found.head, colon.i)
