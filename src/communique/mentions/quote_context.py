"""Speakers from context: a quote with no reporting verb next to it.

- A mid-sentence quote takes the subject of the outermost clause it hangs from (`Gingrich
  dismissed Estonia as "..."`, `a report found that ... "..."`).
- A quote opening its paragraph takes the subject of the reporting verb that closes the
  paragraph before ("Howard continued his remarks." then `"..."`).
- A short paragraph opening with a dash signs the quote that closes the paragraph before
  (`"..."` then `- Sen. Ana Reyes, in a tweet.`).
- A paragraph ending in a colon (`X said:`, `X made the following comment:`) introduces the quote
  that opens the next one.
- A mid-sentence quote after a comma or dash, whose clause the parser hung inside the quote, takes
  that clause's subject (`X issued a statement, "..."`).
- A quote opening a sentence takes the subject of the sentence before it: a name whatever its
  verb, a noun when the verb reports (`the editorial board writes.`).
- A quote carried over from an earlier one takes its speaker's surname repeated in between.

Example:
    >>> # 'Carter said that the U.S. would stay.\n\n"We are not leaving."' -> speaker "Carter"
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from communique.mentions.quote_attribution import Attribution, QuotedText, speaker_only
from communique.mentions.quote_cues import CueFinder
from communique.mentions.quote_tree import (
    DASHES,
    SENTENCE_END,
    SUBJECT_DEPS,
    ends_with_full_stop,
    first_line,
    head_span,
    is_name,
    is_speakerish,
    may_speak,
    noun_phrase,
    opens_sentence,
    subject as _subject,
    tokens as _tokens,
)

SIGNATURE_WORDS = 16  # a signature line is a name and a few words of who or where
RELATIVE_SUBJECTS = frozenset({"who"})
_CONTINUING = frozenset({"continue", "go"})  # "X continued his remarks.", "X went on:"


class ContextFinder:
    """Speakers of quotes whose cue is not beside them, read from the clause or paragraph around."""

    def __init__(self, cues: CueFinder) -> None:
        self.cues = cues

    def signature(self, doc: Doc, start: int, end: int) -> Attribution | None:
        """The name signing a quote from the short paragraph after it: `- Clinton.`, `-Sen. X, on Y`.

        Args:
            doc: the parsed document.
            start, end: the characters of the paragraph after the one the quote closes.
        """
        words = _tokens(doc, start, end)
        if not words or len(words) > SIGNATURE_WORDS or words[0].text[0] not in DASHES:
            return None
        # The tokenizer may glue the dash to the first word ("-President Obama").
        first = 1 if words[0].text in DASHES else 0
        if first >= len(words) or not is_name(words[first]) or words[first].pos_ == "PRON":
            return None
        found = speaker_only(words[first])
        if first == 0 and found.speaker is not None and found.speaker[0] == words[0].idx:
            found = Attribution(None, (found.speaker[0] + 1, found.speaker[1]), found.head, None)
        return found

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
        inside = doc.char_span(quoted, quoted + 1, alignment_mode="expand")
        if inside is None:
            return None
        found: Token | None = None
        child = inside[0]  # the token below `verb` on the path up from the quote
        for verb in inside[0].ancestors:
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
        if found is None:
            return None
        return Attribution(None, noun_phrase(found), head_span(found), None)

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
        return Attribution(None, noun_phrase(found), head_span(found), None)

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
            if subject is not None and subject.idx not in marks and is_name(subject) and subject.lower_ != "it":
                return Attribution(None, noun_phrase(subject), head_span(subject), None)
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
        return Attribution(None, noun_phrase(found), head_span(found), None)

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
        return Attribution(None, noun_phrase(subject), head_span(subject), None)


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


_LEAD_PUNCT = frozenset({",", *DASHES})

# What may follow a parenthetical cue that closes its sentence: its speaker, a place, a time.
_TAIL_DEPS = frozenset({"nsubj", "punct", "prep", "npadvmod", "advmod", "dobj", "appos", "attr"})


def _sentence_before(doc: Doc, open_at: int) -> list[Token]:
    """The words of the sentence holding the mark at `open_at` that come before it."""
    mark = doc.char_span(open_at, open_at + 1, alignment_mode="expand")
    if mark is None:
        return []
    return _tokens(doc, mark[0].sent.start_char, open_at)


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


def _ends_sentence(cue: Token, last: int) -> bool:
    """True when nothing but the speaker and adverbials follows the cue up to token `last`."""
    return cue.i < last and not any(c.dep_ not in _TAIL_DEPS for c in cue.rights)


def _last_word(tok: Token) -> bool:
    """True for the sentence's last word ("Va." of "Alexandria, Va."), before any trailing space."""
    end = tok.sent.end
    return tok.i == end - 1 or (tok.i == end - 2 and tok.doc[end - 1].is_space)
