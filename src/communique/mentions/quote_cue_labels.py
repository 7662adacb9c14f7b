"""Quotes announced by a colon: a label (`Pence: "..."`, `Pollsters agree - Carl Bialik: "..."`) or
a clause that ends in a colon (`Sanders delivered a snappy retort: "..."`); a bracketed aside
after a label's name (`Sen. Ron Wyden (D-Ore.): "..."`) is part of the label.

`quote_cues.CueFinder.before` asks here when no reporting verb stands before the opening mark; the
colon is then the cue, and the label or the clause's subject the speaker.

Example:
    >>> # for 'Kasich resisted: "Not now."', colon_label(...) gives the speaker "Kasich" and the cue ":"
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.mentions.quote_attribution import Attribution, QuotedText, said_by, speaker_only
from communique.mentions.quote_cue_clauses import clause_subject, lead_subject
from communique.mentions.quote_tree import DASHES, is_name

# A colon before a quote, alone or glued to the bracket that closes a label's aside ("(D-Ore.):").
_COLONS = frozenset({":", "):"})


def dash_label(tokens: list[Token]) -> Attribution | None:
    """`Pollsters agree - Carl Bialik: "..."`: a name between a dash and the colon before a quote
    labels the quote (a digest's format), whatever the clause before the dash says."""
    if len(tokens) < 3 or tokens[-1].text != ":":
        return None
    name = tokens[-2]
    n = len(tokens) - 2
    while n > 0 and tokens[n].pos_ == "PROPN" and tokens[n].text not in DASHES:
        n -= 1
    # A dash set off by a space; a hyphen inside a word ("(R-S.C.):") joins, it does not label.
    if n == len(tokens) - 2 or tokens[n].text not in DASHES or not tokens[n].whitespace_ or not is_name(name):
        return None
    return _at_colon(tokens[-1], speaker_only(name))


def colon_label(tokens: list[Token], marks: QuotedText | None) -> Attribution | None:
    """The speaker of the words before a colon that opens a quote, when no reporting verb stands there.

    Args:
        tokens: the sentence's words before the opening mark, the last of them the colon.
        marks: the document's quoted text, where no speaker stands.
    """
    colon = tokens[-1]
    if colon.text not in _COLONS or len(tokens) < 2:
        return None
    label = _label_end(tokens[:-1], colon)
    if label is not None and (is_name(label) or label.is_title):
        # A headline or a label: `Pence: "..."`. A name inside a clause is its object ("X
        # delivered a message to Trump:", "X quotes Kahn:"): the clause's subject speaks.
        return _at_colon(colon, clause_subject(label, tokens[0].i, marks) or speaker_only(label))
    # "Sanders delivered a snappy retort:", "The board was conclusive in its findings:": a
    # clause that announces the quote names its speaker as its subject, whatever its verb.
    found = lead_subject(tokens[:-1])
    if found is None or found.i < tokens[0].i or not is_name(found) or found.lower_ == "it":
        return None
    if marks is not None and found.idx in marks:
        return None
    return _at_colon(colon, said_by(found))


def _label_end(words: list[Token], colon: Token) -> Token | None:
    """The last word of a label before its colon, past a bracketed aside.

    `Sen. Ron Wyden (D-Ore.):` ends in "Wyden": the party and state in brackets describe the name,
    a transcript's or a digest's way of labelling who speaks. The tokenizer may glue the bracket to
    the colon ("):") or to the state ("S.C.)"). None when no bracket opens the aside.
    """
    if not (colon.text.startswith(")") or words[-1].text.endswith(")")):
        return words[-1]
    for n in range(len(words) - 1, 0, -1):
        if words[n].text.startswith("("):
            return words[n - 1]
    return None


def _at_colon(colon: Token, found: Attribution) -> Attribution:
    """`found`'s speaker with the colon (the last character of its token, as in "):") as its cue."""
    at = colon.idx + len(colon.text) - 1
    return Attribution((at, at + 1), found.speaker, found.head, colon.i)
