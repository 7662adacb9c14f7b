"""Speakers from the neighbours of a quote with no cue: the sentence or paragraph around it.

- A quote opening its paragraph takes the subject of the reporting verb that closes the
  paragraph before ("Howard continued his remarks." then `"..."`).
- A paragraph ending in a colon (`X said:`, `X made the following comment:`) introduces the quote
  that opens the next one.
- A quote opening a sentence takes the subject of the sentence before it: a name whatever its
  verb, a noun when the verb reports (`the editorial board writes.`).
- A mid-sentence quote whose own clause names no speaker takes the sentence before it.
- A clause ending in a colon before a quote gives its subject, or a passive's agent.
- A quote carried over from an earlier one takes its speaker's surname repeated in between.

Signatures and digest headings are read from the layout (`quote_layout`).

Example:
    >>> # 'Carter said that the U.S. would stay.\n\n"We are not leaving."' -> speaker "Carter"
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from communique.mentions.quote_attribution import Attribution, QuotedText, said_by
from communique.mentions.quote_cue_clauses import lead_subject
from communique.mentions.quote_cues import CueFinder
from communique.mentions.quote_tree import (
    SENTENCE_END,
    SUBJECT_DEPS,
    is_name,
    is_speakerish,
    may_speak,
    opens_sentence,
    subject as _subject,
    token_at,
    tokens as _tokens,
)
from communique.nlp.tree import passive_agent

_CONTINUING = frozenset({"continue", "go"})  # "X continued his remarks.", "X went on:"


class NeighbourFinder:
    """Speakers of quotes opening a sentence or paragraph, read from the sentences and paragraphs beside them."""

    def __init__(self, cues: CueFinder) -> None:
        self.cues = cues

    def colon_clause(self, doc: Doc, start: int, open_at: int, marks: QuotedText) -> Attribution | None:
        """The subject of a clause ending in a colon right before a quote no cue claimed, even a noun.

        "The campaign, in a Q&A on the inquiry, worded it more carefully: "..."", "The paper focuses
        on how ...: "..."": the clause announces the quote, whatever its verb; a passive one
        names its agent ("The problem is shown by this finding: "...""). A cue before the colon
        is read earlier (`quote_cues`), which takes names only.

        Args:
            doc: the parsed document.
            start: where the window opens (the paragraph start or the last quote's end).
            open_at: the quote's opening mark.
            marks: the document's quoted text, where no speaker stands.
        """
        tokens = _last_sentence(_tokens(doc, start, open_at))
        if len(tokens) < 2 or tokens[-1].text != ":":
            return None
        found = lead_subject(tokens[:-1])
        if found is not None and found.dep_ == "nsubjpass":
            found = passive_agent(found.head)  # "shown by this finding" -> "finding"
        if found is None or found.i < tokens[0].i or found.idx in marks:
            return None
        if not may_speak(found) or found.lower_ in ("it", "you"):
            return None
        return said_by(found)

    def paragraph_lead(self, doc: Doc, start: int, end: int, marks: QuotedText) -> Attribution | None:
        """The speaker a paragraph [start, end) hands to a cue-less quote opening the next one.

        "Howard continued his scathing remarks." or "Carter said that the U.S. would stay." then a
        paragraph of quoted words with no cue: the last reporting verb of the paragraph's last
        sentence, outside quotation marks, names the speaker (its subject must be a name or a
        pronoun: a noun phrase as subject is too often someone else's topic).
        """
        tokens = _tokens(doc, start, end)
        if not tokens:
            return None
        last = tokens[-1].sent
        for tok in reversed(tokens):
            if tok.i < last.start:
                break
            if tok.idx in marks or not (self.cues.is_cue(tok) or tok.lemma_ in _CONTINUING):
                continue
            subject = _subject(tok)
            if subject is not None and subject.pos_ == "PRON":
                subject = _named_main_subject(tok) or subject
            if subject is not None and subject.idx not in marks and is_name(subject) and subject.lower_ != "it":
                return said_by(subject)
        return None


    def previous_sentence(self, doc: Doc, start: int, open_at: int, marks: QuotedText) -> Attribution | None:
        """The named subject of the sentence just before a cue-less quote that opens a sentence.

        "Clinton touted her credentials. "We need ..."", "Cruz tweeted a warning. "Missouri: ..."":
        in a paragraph that moves on to a new person, the quote is that person's; PolNeAR marks
        the subject of the sentence that leads into it, whatever its verb. Only the characters
        [start, open_at) are read, so a quote never looks past the one before it; a sentence
        that began before it counts when its reporting verb and subject come after it (`X is an
        "able leader" who won twice, the board writes.`).
        """
        if not opens_sentence(doc, open_at):
            return None
        tokens = _tokens(doc, start, open_at)
        if not tokens:
            return None
        sentence = tokens[-1].sent
        root = sentence.root
        if root.pos_ not in ("VERB", "AUX"):
            return None
        reports = self.cues.is_cue(root)
        if sentence.start < tokens[0].i and not (reports and root.i > tokens[0].i):
            return None
        found = _subject(root)
        if found is None or found.i < tokens[0].i or found.idx in marks or found.lower_ in ("it", "you"):
            return None
        # A noun as subject is too often someone else's topic, unless its verb reports
        # ("the editorial board writes.", "His former partner called him a master.").
        if not (is_name(found) or (reports and may_speak(found))):
            return None
        return said_by(found)


    def sentence_before_own(self, doc: Doc, start: int, open_at: int, marks: QuotedText) -> Attribution | None:
        """The named subject of the sentence before the one a mid-sentence quote stands in.

        "Reyes said she was angry at the networks. Doing that before the polls closed "was a way
        of telling people to stay home."": the quote's own clause names no speaker (a deed speaks
        for no one), so the sentence before, read as `previous_sentence` reads it, carries the
        speaker on; PolNeAR marks its subject, not the pronoun of an earlier quote.

        Args:
            doc: the parsed document.
            start: where the window opens (the paragraph start or the last quote's end).
            open_at: the quote's opening mark.
            marks: the document's quoted text, where no speaker stands.
        """
        mark = token_at(doc, open_at)
        if mark is None or opens_sentence(doc, open_at):
            return None
        begins = mark.sent.start_char
        return self.previous_sentence(doc, start, begins, marks) if begins > start else None

    def lead_in(self, doc: Doc, start: int, end: int) -> Attribution | None:
        """A paragraph ending in a colon (`X said:`, `X made the following comment:`) introduces a quote."""
        found = self.cues.before(doc, start, end)
        if found is not None:
            return found
        tokens = _tokens(doc, start, end)
        if not tokens:
            return None
        root = tokens[-1].sent.root
        subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or not is_speakerish(subject):
            return None
        return said_by(subject)



def _last_sentence(tokens: list[Token]) -> list[Token]:
    """The words after the last full stop of `tokens`: the clause a colon at their end closes.

    "His plan has not worked. At a news conference, his first questioners ranged from wary to
    hostile:" -> the words from "At": the first sentence is not the one that announces the quote.
    """
    for n in range(len(tokens) - 2, -1, -1):
        if tokens[n].text in SENTENCE_END:
            return tokens[n + 1 :]
    return tokens


def _named_main_subject(cue: Token) -> Token | None:
    """The named subject of the main clause when `cue` stands in an adverbial clause of it, or None.

    "Though she called the fee "outrageous", Clinton kept her comments narrow." then a cue-less
    quote: the main clause carries the paragraph on, and PolNeAR marks its subject, the name.
    """
    clause = cue
    while clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ != "advcl":
        return None
    found = _subject(clause.head)
    return found if found is not None and found.pos_ == "PROPN" else None


def named_again(doc: Doc, head: tuple[int, int], before: int, marks: QuotedText) -> tuple[int, int] | None:
    """The last word between `head` and `before` repeating the last word of a name, or None.

    "Cecile Richards" in a headline, then "Richards also spoke about the case." before a cue-less
    quote: the surname is the local mention of the speaker, whether or not the actor resolver
    joined the two. Only proper nouns outside quoted words count.

    Args:
        doc: the parsed document.
        head: the characters of the carried speaker's name.
        before: the opening mark of the carried quote.
        marks: the document's quoted text.
    """
    name = _tokens(doc, head[0], head[1])
    if not name or name[-1].pos_ != "PROPN":
        return None
    surname = name[-1].text
    for tok in reversed(_tokens(doc, head[1], before)):
        if tok.text == surname and tok.pos_ == "PROPN" and tok.idx not in marks:
            return tok.idx, tok.idx + len(tok.text)
    return None


