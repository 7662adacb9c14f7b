"""Attributions read from the shape of the words where the parser misread them.

After a closing mark, a short noun phrase and a reporting verb ending its clause is the quote's
attribution whatever the tags say: '"...," Will wrote.' (`Will` read as a modal), '"...," May
said.', '"...," screenwriter Cole Haddon wrote on Twitter.' (`screenwriter` read as a verb),
'"...?" the 43-year-old asked in ...' (the age read as the sentence's root), '"...," the editorial
read.' (`read` read as a noun). `quote_cues.CueFinder.after` asks here only when the parse gave no
speaker.

Example:
    >>> # for '"We will win," Will wrote.', the speaker is "Will" and the cue "wrote"
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from communique.mentions.quote_attribution import Attribution
from communique.mentions.quote_tree import ends_with_full_stop

MAX_PHRASE = 8  # words of a speaker phrase between the closing mark and the verb
# Tags a word of a misparsed speaker phrase may carry; a finite verb or a participle is a clause.
_PHRASE_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "PART"})
_MISREAD_TAGS = frozenset({"VB", "MD", "HYPH", "POS"})
_HEADS = frozenset({"NOUN", "PROPN"})


def shaped_after(tokens: list[Token], is_cue_word: Callable[[Token], bool]) -> Attribution | None:
    """The attribution `<noun phrase> <reporting verb>` at the start of `tokens`, or None.

    Args:
        tokens: the tokens just after a closing mark.
        is_cue_word: whether a word, whatever its tag, is a reporting verb.
    """
    start = 1 if tokens and tokens[0].text == "," else 0
    # After a quote ending in a full stop, the words start a sentence: it must be only the
    # attribution ('"... missing." the aide wrote on Twitter.'), not 'X said Wednesday she ...'.
    bare = bool(tokens) and tokens[0].is_sent_start and ends_with_full_stop(tokens[0].doc, tokens[0].i)
    phrase: list[Token] = []
    for n in range(start, min(len(tokens), start + MAX_PHRASE + 1)):
        tok = tokens[n]
        if phrase and _verbish(tok, tokens[n + 1 :], phrase) and is_cue_word(tok) and _ends_clause(tokens, n):
            if bare and any(t.pos_ in ("VERB", "AUX", "SCONJ") for t in tok.doc[tok.i + 1 : tok.sent.end]):
                return None
            return _attribution(tok, phrase)
        if not (tok.pos_ in _PHRASE_POS or tok.tag_ in _MISREAD_TAGS):
            return None
        phrase.append(tok)
    return None


def reshaped(found: Attribution | None, shaped: Attribution | None) -> Attribution | None:
    """The parse's attribution `found`, or the shaped one where the parse misread the words.

    '"...," Will wrote in his column.': the misread name leaves the cue with no speaker, or with
    a speaker away from the words before it ("his"); a speaker the shape agrees with stays.
    """
    if shaped is None or shaped.speaker is None:
        return found
    if found is None or found.speaker is None:
        return shaped
    inside = shaped.speaker[0] <= found.speaker[0] < shaped.speaker[1]
    return shaped if found.cue == shaped.cue and not inside else found


def _verbish(tok: Token, rest: list[Token], phrase: list[Token]) -> bool:
    """True for a word that may be the verb: "read" in '"...," the editorial read.' is tagged a
    noun, but "Editor's note:" and "the president's praise last week" are nouns."""
    if rest and rest[0].lower_ == "by":
        return False  # '"poison pill" measures added by Republicans': a passive names no speaker
    if tok.tag_ == "NN":
        return bool(rest) and rest[0].text == "." and not any(t.tag_ == "POS" for t in phrase)
    return tok.tag_.startswith("VB")


def _ends_clause(tokens: list[Token], n: int) -> bool:
    """True when the verb ends its clause: nothing, punctuation, a place or a time follows."""
    if n + 1 == len(tokens):
        return True
    nxt = tokens[n + 1]
    return nxt.is_punct or nxt.pos_ in ("ADP", "ADV") or nxt.ent_type_ in ("DATE", "TIME")


def _attribution(cue: Token, phrase: list[Token]) -> Attribution | None:
    heads = [t for t in phrase if t.pos_ in _HEADS or (t.is_title and t.tag_ == "MD")]
    if not heads:
        return None
    head = heads[-1]
    speaker = (phrase[0].idx, phrase[-1].idx + len(phrase[-1].text))
    return Attribution((cue.idx, cue.idx + len(cue.text)), speaker, (head.idx, head.idx + len(head.text)), cue.i)
