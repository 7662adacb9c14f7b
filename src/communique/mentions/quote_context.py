"""Speakers from the quote's own sentence, when no reporting verb stands beside it.

- A mid-sentence quote takes the subject of the outermost clause it hangs from (`Gingrich
  dismissed Estonia as "..."`, `a report found that ... "..."`).
- A mid-sentence quote after a comma or dash, whose clause the parser hung inside the quote, takes
  that clause's subject (`X issued a statement, "..."`).
- A parenthetical cue closing the sentence after words of the quote's own speaks for it
  (`"...no choice" but to take the lead in advertising, says X.`).

Quotes that open a sentence or a paragraph are read from their neighbours (`quote_neighbours`).

Example:
    >>> # 'Gingrich dismissed Estonia as in the "suburbs of St. Petersburg."' -> speaker "Gingrich"
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from communique.mentions.quote_attribution import Attribution, QuotedText, said_by
from communique.mentions.quote_cues import CueFinder
from communique.mentions.quote_tree import (
    DASHES,
    RELATIVE,
    SENTENCE_END,
    SUBJECT_DEPS,
    ends_with_full_stop,
    first_line,
    head_span,
    is_name,
    may_speak,
    opens_sentence,
    subject as _subject,
    token_at,
    tokens as _tokens,
)

RELATIVE_SUBJECTS = frozenset({"who"})


class ContextFinder:
    """Speakers of mid-sentence quotes whose cue is not beside them, read from the clause around."""

    def __init__(self, cues: CueFinder) -> None:
        self.cues = cues

    def closing(self, doc: Doc, start: int, end: int, marks: QuotedText) -> Attribution | None:
        """A parenthetical attribution closing the quote's sentence after words of its own.

        '"They don't have a choice" but to take the lead in advertising, says X.': the words after
        the mark finish the quoted sentence, the `, says X.` after a comma reports all of it.

        Args:
            doc: the parsed document.
            start: just past the closing mark.
            end: where the window closes (the next opening mark or the paragraph end).
            marks: the document's quoted text, where no speaker stands.
        """
        words = first_line(doc, start, end)
        if not words or ends_with_full_stop(doc, words[0].i):
            return None  # '"...politics." It was, he said, ...': a sentence of its own
        stop = next((n for n, t in enumerate(words) if t.text in SENTENCE_END or _last_word(t)), None)
        if stop is None:
            return None
        words = words[: stop + 1]
        for n in range(len(words) - 2, 0, -1):
            if words[n].text != ",":
                continue
            found = self.cues.after(doc, words[n].idx + 1, words[-1].idx + 1, marks=marks)
            if found is not None and found.cue_index is not None and found.speaker is not None:
                return found if _ends_sentence(doc[found.cue_index], words[-1].i) else None
        return None


    def governing(self, doc: Doc, quoted: int, open_at: int, marks: QuotedText) -> Attribution | None:
        """The subject of the verb a mid-sentence quote hangs from, when no reporting verb cues it.

        "Gingrich dismissed Estonia as being in the "suburbs of St. Petersburg"", "a report found
        that money came from "the drug trade"": the narrator's clause names who framed the words.

        Args:
            doc: the parsed document.
            quoted: character offset of the first quoted word.
            open_at: the opening mark; a quote that opens its sentence has no governing clause.
            marks: the document's quoted text, where no speaker stands.
        """
        if opens_sentence(doc, open_at):
            return None
        child = token_at(doc, quoted)  # the token below `verb` on the path up from the quote
        if child is None:
            return None
        found: Token | None = None
        for verb in child.ancestors:
            child, below = verb, child
            if verb.idx < open_at and _complement(below) and (owner := _possessor(verb, marks)):
                # "her remark that "...", "his warning that "...", "their chants of "..."": the noun
                # that frames the words names whose they are; PolNeAR marks the possessive.
                return Attribution(None, head_span(owner), head_span(owner), None)
            if verb.idx < open_at and (owner := _predicate_owner(verb, below, marks)):
                return Attribution(None, head_span(owner), head_span(owner), None)
            if verb.idx >= open_at or verb.idx in marks or verb.pos_ not in ("VERB", "AUX"):
                continue
            relative = _relative_subject(verb)
            if relative is not None and relative.idx < open_at and verb.head.idx not in marks:
                # "Beck, who has described Trump as "..."": the relative clause frames the words,
                # not the clause its antecedent stands in; PolNeAR marks "who".
                return Attribution(None, (relative.idx, relative.idx + len(relative.text)), head_span(verb.head), None)
            subject = _subject(verb)
            if subject is not None and subject.idx < open_at and subject.idx not in marks and may_speak(subject):
                found = subject  # the outermost clause frames the words: "a report found that X came from "...""
                if _relative_with_own_subject(verb, subject):
                    break
        if found is None:
            return None
        return said_by(found)


    def lead_clause(self, doc: Doc, open_at: int, marks: QuotedText) -> Attribution | None:
        """The subject of the clause a comma or dash hands a mid-sentence quote to.

        "Trump issued a statement, "Last night, our nation ..."", "X hardly clarified the matter,
        treating it as a compliment -- "That makes me smart"": the parser often hangs the clause
        on a verb inside the quote, so `governing` finds nothing above the quoted words; the
        outermost clause before the mark, outside quotation marks, names who spoke them.

        Args:
            doc: the parsed document.
            open_at: the opening mark; a quote that opens its sentence has no lead clause.
            marks: the document's quoted text, where no speaker stands.
        """
        if opens_sentence(doc, open_at):
            return None
        before = _sentence_before(doc, open_at)
        if len(before) < 2 or before[-1].text not in _LEAD_PUNCT:
            return None
        found: Token | None = None
        for verb in [before[-2], *before[-2].ancestors]:
            if verb.idx >= open_at or verb.idx in marks:
                break
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            subject = _subject(verb)
            if subject is not None and subject.idx < open_at and subject.idx not in marks and may_speak(subject):
                found = subject
        if found is None:
            return None
        return said_by(found)



_LEAD_PUNCT = frozenset({",", *DASHES})

# What may follow a parenthetical cue that closes its sentence: its speaker, a place, a time.
_TAIL_DEPS = frozenset({"nsubj", "punct", "prep", "npadvmod", "advmod", "dobj", "appos", "attr"})


def _sentence_before(doc: Doc, open_at: int) -> list[Token]:
    """The words of the sentence holding the mark at `open_at` that come before it."""
    mark = token_at(doc, open_at)
    if mark is None:
        return []
    return _tokens(doc, mark.sent.start_char, open_at)


def _complement(child: Token) -> bool:
    """True when `child` opens a noun's complement: "remark [that ...]", "rejection [of ...]".

    The parser often reads "his warning that Britain would ..." as a relative clause; a `that`
    with no role in the clause (a marker, not a subject or object) shows it is a complement.
    """
    if child.dep_ == "relcl":
        return any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
    return child.dep_ in ("acl", "ccomp") or (child.dep_ == "prep" and child.lower_ == "of")


def _predicate_owner(verb: Token, below: Token, marks: QuotedText) -> Token | None:
    """The owner of a possessed subject whose content a copula's clause gives, or None.

    "Mr. Comey's most surprising suggestion was that "..."": the clause after `was` is what the
    suggestion said, so its owner speaks (PolNeAR marks the possessive).
    """
    if verb.lemma_ != "be" or below.dep_ not in ("ccomp", "attr") or below.i < verb.i:
        return None
    subject = _subject(verb)
    return _possessor(subject, marks) if subject is not None else None


def _possessor(noun: Token, marks: QuotedText) -> Token | None:
    """The name or pronoun that owns a noun ("her remark", "Obama's rejection"), or None."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.idx in marks or owner.lower_ in ("its", "it"):
        return None
    return owner if is_name(owner) else None


def _relative_subject(verb: Token) -> Token | None:
    """The relative pronoun subject of a relative clause ("Beck, who has described"), or None."""
    if verb.dep_ != "relcl" or verb.lemma_ == "be":
        return None  # "immigrants who are "dangerous criminals"": the words describe, nobody frames them
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.lower_ in RELATIVE_SUBJECTS), None)


def _relative_with_own_subject(verb: Token, subject: Token) -> bool:
    """True for a relative clause whose subject is a name of its own, not the relative pronoun.

    "an interview, in which Clinton expressed confidence that ... "..."": the relative clause frames
    the words, not the clause above it. "his warning that Britain would ..." is the noun's
    content (a complement the parser read as a relative clause), read by the possessor rule.
    """
    return verb.dep_ == "relcl" and not _complement(verb) and is_name(subject) and subject.lower_ not in RELATIVE


def _ends_sentence(cue: Token, last: int) -> bool:
    """True when nothing but the speaker and adverbials follows the cue up to token `last`."""
    return cue.i < last and not any(c.dep_ not in _TAIL_DEPS for c in cue.rights)


def _last_word(tok: Token) -> bool:
    """True for the sentence's last word ("Va." of "Alexandria, Va."), before any trailing space."""
    end = tok.sent.end
    return tok.i == end - 1 or (tok.i == end - 2 and tok.doc[end - 1].is_space)
