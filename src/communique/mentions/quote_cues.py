"""Who said a quoted run: the reporting verb (cue) next to it and that verb's subject.

The search stays inside the run's paragraph and between its neighbouring runs, so each quote costs
a few tokens of work. After the closing mark it looks at the first few tokens (`"...," he said`,
`"...," said X`, `"..." - Commissioner X`, `"...," according to X`); before the opening mark it
looks back to the start of the sentence (`X said: "..."`, `X said "..."`, `X: "..."`, a partial
quote inside reported speech).

Example:
    >>> # for 'He said "we will win" today.', the cue is "said" and the speaker "He"
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span as SpacySpan, Token

from communique.mentions.quote_lexicon import SpeechVerbs

AFTER_CUE_WINDOW = 10  # tokens after a closing mark in which "he said" may stand
_SENTENCE_END = frozenset({".", "!", "?"})
_DASHES = frozenset({"-", "--", "—", "–", "―"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# A participle or conjoined verb ("..., adding", "and added") says nothing of its own subject.
_CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp", "prep"})
_INVERTED_SUBJECT_DEPS = frozenset({"dobj", "attr", "npadvmod", "appos", "nsubj", "oprd"})
_NP_LEFT_DEPS = frozenset({"compound", "amod", "det", "poss", "nmod", "nummod", "case", "quantmod"})
_NAME_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_NOUNS = frozenset({"PROPN", "NOUN", "PRON"})
# Entities that never speak ("on Saturday, said", "compared to 11%"); a subject may be a share
# of people ("63 percent said"), a guessed name may not.
_NOT_SPEAKER_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_WH = frozenset({"who", "which"})
_CONTINUING = frozenset({"continue", "go"})  # "X continued his remarks.", "X went on:"


@dataclass(frozen=True, slots=True)
class Attribution:
    """A cue and its speaker: character spans; `head` is the speaker's head word or name."""

    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    head: tuple[int, int] | None
    cue_index: int | None  # token index of the cue, to group runs that share one


class QuotedText:
    """The character ranges inside quotation marks of one document, to tell quoted words apart.

    Example:
        >>> 12 in QuotedText([(10, 20)]), 25 in QuotedText([(10, 20)])
        (True, False)
    """

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        merged = sorted(ranges)
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def __contains__(self, offset: object) -> bool:
        if not isinstance(offset, int):
            return False
        n = bisect.bisect_right(self._starts, offset) - 1
        return n >= 0 and offset < self._ends[n]


class CueFinder:
    """Finds the cue and speaker of quoted runs in one parsed document."""

    def __init__(self, verbs: SpeechVerbs) -> None:
        self.verbs = verbs

    def after(
        self, doc: Doc, start: int, end: int, open_at: int | None = None, marks: QuotedText | None = None
    ) -> Attribution | None:
        """An attribution in the characters [start, end) just after a closing mark.

        Args:
            doc: the parsed document.
            start: just past the closing mark.
            end: where the window closes (the next opening mark or the paragraph end).
            open_at: the quote's opening mark, to tell a quote that opens its sentence.
            marks: the document's quoted text, where no speaker stands.
        """
        tokens = _tokens(doc, start, end)
        if not tokens:
            return None
        if tokens[0].text in _DASHES and len(tokens) > 1 and _is_name(tokens[1]):
            return self._speaker_only(tokens[1])
        if tokens[0].is_sent_start and _ends_with_full_stop(doc, tokens[0].i):
            return None  # '...respite.” ISIS soldiers mock ...': a new sentence, not an attribution
        for n, tok in enumerate(tokens):
            if tok.text in _SENTENCE_END:
                return None
            if tok.lower_ == "according":
                return self._according(tok)
            if not self._is_cue(tok) or _takes_own_content(tok, end):
                continue
            subject = _subject(tok)
            if not _only_attribution(tokens[:n], tok, subject, _opens_sentence(doc, open_at)):
                return None  # "..." but pledged: another clause, not this quote's attribution
            leading_name = (
                n > 0 and (subject is None or subject.i > tok.i) and _is_name(tokens[0]) and tokens[0].lower_ != "it"
            )
            if leading_name:
                # '"...," Brent Bozell III, founder of X, tells ...': the parser hung the name on a
                # quoted word, but the name right after the mark is the one speaking.
                named = self._speaker_only(tokens[0])
                found = Attribution((tok.idx, tok.idx + len(tok.text)), named.speaker, named.head, tok.i)
            else:
                found = self._from_verb(tok, tokens, marks)
            if n < AFTER_CUE_WINDOW:
                return found
            # Beyond the window only after a long speaker NP: "..., X, director of Y, said".
            if subject is not None and subject.left_edge.i <= tokens[0].i + 1:
                return found
            if leading_name and not any(t.pos_ in ("VERB", "AUX") for t in tokens[:n]):
                return found
            return None
        return None

    def before(
        self,
        doc: Doc,
        start: int,
        end: int,
        quoted: int | None = None,
        used: int | None = None,
        marks: QuotedText | None = None,
    ) -> Attribution | None:
        """An attribution in [start, end) before an opening mark (same sentence).

        Args:
            doc: the parsed document.
            start: where the window opens (paragraph start or the previous quote's end).
            end: the opening mark.
            quoted: character offset of the first quoted word; among cues that govern it, the
                outermost wins ("X said Y was "right" when he said ..." is X's quote).
            used: token index of the previous quote's cue, which does not cue this one
                (`"X," he said, adding "Y"`: "Y" is cued by "adding").
            marks: the document's quoted text, where no speaker stands.
        """
        tokens = _tokens(doc, start, end)
        for n in range(len(tokens) - 1, -1, -1):
            if tokens[n].text in _SENTENCE_END:
                if n == len(tokens) - 1:
                    return self._short_lead(tokens[:n])
                tokens = tokens[n + 1 :]
                break
        if not tokens:
            return None
        cues = [t for t in tokens if (self._is_cue(t) or t.lower_ == "according") and t.i != used]
        if cues:
            chosen = self._choose(doc, cues, quoted)
            if chosen.lower_ == "according":
                return self._according(chosen)
            return self._from_verb(chosen, tokens, marks)
        if tokens[-1].text == ":" and len(tokens) > 1 and (_is_name(tokens[-2]) or tokens[-2].is_title):
            # A headline or a label: `Pence: "..."`.
            found = self._speaker_only(tokens[-2])
            colon = tokens[-1]
            return Attribution((colon.idx, colon.idx + 1), found.speaker, found.head, colon.i)
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
        if _opens_sentence(doc, open_at):
            return None
        inside = doc.char_span(quoted, quoted + 1, alignment_mode="expand")
        if inside is None:
            return None
        found: Token | None = None
        for verb in inside[0].ancestors:
            if verb.idx >= open_at or verb.idx in marks or verb.pos_ not in ("VERB", "AUX"):
                continue
            subject = _subject(verb)
            if subject is not None and subject.idx < open_at and subject.idx not in marks and _may_speak(subject):
                found = subject  # the outermost clause frames the words: "a report found that X came from "...""
        if found is None:
            return None
        return Attribution(None, _noun_phrase(found), _head_span(found), None)

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
            if tok.idx in marks or not (self._is_cue(tok) or tok.lemma_ in _CONTINUING):
                continue
            subject = _subject(tok)
            if subject is not None and subject.idx not in marks and _is_name(subject) and subject.lower_ != "it":
                return Attribution(None, _noun_phrase(subject), _head_span(subject), None)
        return None

    def _short_lead(self, tokens: list[Token]) -> Attribution | None:
        """`..., Schiff said. "The other ..."`: a sentence ending in its own attribution leads in."""
        tail = tokens[-4:]
        for tok in reversed(tail):
            if self._is_cue(tok) and not any(c.dep_ == "ccomp" for c in tok.children):
                subject = _subject(tok)
                if subject is not None and subject.i >= tail[0].i - 1:
                    return self.attribution(tok, subject)
        return None

    def lead_in(self, doc: Doc, start: int, end: int) -> Attribution | None:
        """A paragraph ending in a colon (`X said:`, `X made the following comment:`) introduces a quote."""
        found = self.before(doc, start, end)
        if found is not None:
            return found
        tokens = _tokens(doc, start, end)
        if not tokens:
            return None
        root = tokens[-1].sent.root
        subject = next((c for c in root.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is None or not _is_speakerish(subject):
            return None
        return Attribution(None, _noun_phrase(subject), _head_span(subject), None)

    def _choose(self, doc: Doc, cues: list[Token], quoted: int | None) -> Token:
        if quoted is not None:
            inside = doc.char_span(quoted, quoted + 1, alignment_mode="expand")
            if inside is not None:
                governing = {t.i for t in inside[0].ancestors}
                outer = [c for c in cues if c.i in governing]
                if outer:
                    chosen = min(outer, key=_depth)
                    # "Mr. Obama said, Americans have come to believe "...": the parenthetical
                    # speech verb reports the whole sentence, an attitude verb inside it does not.
                    heads = [c for c in cues if c.dep_ in ("ROOT", "parataxis") and self._says(c)]
                    if not self._says(chosen) and heads:
                        return heads[0]
                    return chosen
        for cue in reversed(cues):
            subject = _subject(cue)
            if subject is not None and _is_speakerish(subject):
                return cue
        return cues[-1]

    def _says(self, verb: Token) -> bool:
        found = self.verbs.get(verb.lemma_)
        return found is not None and found.verb_class == "say"

    def attribution(self, cue: Token, subject: Token | None) -> Attribution:
        """The attribution of a cue whose subject is already known (reported speech)."""
        span = (cue.idx, cue.idx + len(cue.text))
        if subject is None:
            return Attribution(span, None, None, cue.i)
        if subject.lower_ in _WH and subject.head.dep_ == "relcl":
            local = (subject.idx, subject.idx + len(subject.text))
            return Attribution(span, local, _head_span(subject.head.head), cue.i)
        return Attribution(span, _noun_phrase(subject), _head_span(subject), cue.i)

    def _is_cue(self, tok: Token) -> bool:
        if tok.pos_ not in ("VERB", "AUX"):
            return False
        if not self.verbs.cues(tok.lemma_):
            # "as X put it": the idiom reports words with a verb that otherwise reports none.
            return tok.lemma_ == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
        doc = tok.doc
        # "so-called" marks a scare quote, it reports nobody's words.
        return not (tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "so")

    def _from_verb(self, verb: Token, window: list[Token], marks: QuotedText | None = None) -> Attribution:
        """The verb's subject when it stands in the window, else the name nearest the verb there.

        The parser sometimes takes a quoted word for the subject ("We" of a quote, or a time
        stamp in the line above): a speaker is looked for between the quote's neighbours, or
        anywhere in the sentence outside quotation marks when `marks` says where they are
        ("Mr. Trump, treating it as a compliment -- ''...'' -- and asserting, ''...''").
        """
        if verb.tag_ == "VBN" and _passive(verb):
            # A passive names what is said, not who said it ("a box labeled", "the bill, known
            # as", "to be considered a genius"): the speaker is its agent, if any.
            return self.attribution(verb, _agent(verb))
        subject = _subject(verb)
        if subject is None and verb.dep_ == "acl" and _is_name(verb.head):
            subject = verb.head
        lo, hi = window[0].i, window[-1].i
        if subject is not None and not lo <= subject.i <= hi:
            if marks is None or subject.idx in marks or subject.sent.start != verb.sent.start:
                subject = None
        if subject is None or subject.ent_type_ in ("DATE", "TIME"):
            subject = _nearest_name(verb, window)
        return self.attribution(verb, subject)

    def _according(self, according: Token) -> Attribution:
        cue = (according.idx, according.idx + len(according.text))
        for to in according.children:
            for obj in to.children:
                if obj.dep_ == "pobj":
                    return Attribution(cue, _noun_phrase(obj), _head_span(obj), according.i)
        return Attribution(cue, None, None, according.i)

    def _speaker_only(self, tok: Token) -> Attribution:
        head = tok
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head  # "Commissioner" -> "Commissioner Smith"
        return Attribution(None, _noun_phrase(head), _head_span(head), None)


def subject_of(verb: Token) -> Token | None:
    """The subject of a reporting verb, climbing over participles ("he said, adding ...")."""
    return _subject(verb)


def _subject(verb: Token) -> Token | None:
    node = verb
    for _ in range(4):
        # The parser may give a verb two subjects, one of them inside the quote ("“My reaction,”
        # the strategist said"): the speaker is the one nearest the verb.
        subjects = [c for c in node.children if c.dep_ in _SUBJECT_DEPS and c.lower_ not in _RELATIVE]
        if subjects:
            return min(subjects, key=lambda c: abs(c.i - node.i))
        if node.dep_ == "relcl":
            # "Smith, who said ...": the local mention is "who", which `attribution` resolves.
            relative = [c for c in node.children if c.dep_ in _SUBJECT_DEPS and c.lower_ in _RELATIVE]
            return relative[0] if relative and relative[0].lower_ in _WH else node.head
        if node.dep_ not in _CLIMB_DEPS or node.head is node:
            break
        node = node.head
    for child in verb.rights:  # "..., said Smith" parsed with Smith as an object ("calling it": no)
        if child.dep_ in _INVERTED_SUBJECT_DEPS and _is_name(child) and child.pos_ != "PRON":
            return child
    return None


def _takes_own_content(verb: Token, end: int) -> bool:
    """True for "Trump said the polls are wrong": a verb with its own clause is not this quote's cue.

    A clause that starts after `end` (in the next quoted piece) is this quote's continuation.
    """
    return any(
        c.dep_ == "ccomp" and c.i > verb.i and c.left_edge.idx < end and not _after_comma(c.left_edge)
        for c in verb.children
    )


def _passive(verb: Token) -> bool:
    """True for a passive participle: "labeled X", "is known as", "was described as"."""
    if verb.dep_ == "acl":
        # "a box labeled", "the bill, known as"; a participle far from its noun is a misparsed
        # main verb ("Stevens, who served as strategist, called it ...").
        if verb.head.i == verb.i - 1:
            return True
        between = verb.doc[verb.head.i + 1 : verb.i]
        named = any(c.dep_ in ("oprd", "dobj") for c in verb.children)  # "..., called X "a Y""
        return verb.head.i < verb.i and all(t.is_punct or t.pos_ == "ADV" for t in between) and not named
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _agent(verb: Token) -> Token | None:
    """The agent of a passive verb ("described by Smith" -> Smith)."""
    for by in verb.children:
        if by.dep_ == "agent":
            return next((c for c in by.children if c.dep_ == "pobj"), None)
    return None


def _after_comma(tok: Token) -> bool:
    # '"...," Sanders said, suggesting ...': a clause set off by a comma is no reported content.
    return tok.i > 0 and tok.doc[tok.i - 1].text == ","


def _only_attribution(between: list[Token], cue: Token, subject: Token | None, leads: bool = False) -> bool:
    """True when the words between a closing mark and its cue are the speaker and the cue's modifiers.

    `leads` is True when the quote opens its sentence, so that words after it may finish its phrase.
    """
    spoken = {t.i for t in subject.subtree} if subject is not None else set()
    if any(t.head.i == cue.i and (t.dep_ == "cc" or (t.dep_ == "mark" and t.lower_ != "as")) for t in between):
        return False  # '"...," while X penned', '"..." but he gave': a clause of its own
    if between and leads:
        # Words that finish a leading quote's phrase ("''I admire the mechanics'' of the plan, X
        # said") hang from a quoted word: they belong to the quote. A verb there is another clause.
        first = between[0].i
        for tok in between:
            if tok.head.i < first and tok.i not in spoken:
                tail = list(tok.subtree)
                if not any(t.pos_ in ("VERB", "AUX") for t in tail):
                    spoken.update(t.i for t in tail)
    return all(t.is_punct or t.i in spoken or t.head.i == cue.i for t in between)


def _ends_with_full_stop(doc: Doc, i: int) -> bool:
    """True when the words before token i (past closing marks) end in a full stop."""
    n = i - 1
    while n >= 0 and (doc[n].is_space or doc[n].is_quote):
        n -= 1
    return n >= 0 and doc[n].text.endswith(".")


def _opens_sentence(doc: Doc, open_at: int | None) -> bool:
    """True when the mark at `open_at` stands first in its sentence."""
    if open_at is None:
        return False
    span = doc.char_span(open_at, open_at + 1, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    return tok.is_sent_start or tok.i == 0 or doc[tok.i - 1].is_space or doc[tok.i - 1].text in _SENTENCE_END


def _nearest_name(verb: Token, window: list[Token]) -> Token | None:
    """The name closest before the verb in the window, else the first one after it, else a noun.

    Names (and personal pronouns) first: in "Flea shared the news on social media, writing "..."",
    the nearest noun is "media", the writer is Flea.
    """
    nouns = [t for t in window if t.pos_ in _NOUNS and t.ent_type_ not in _NOT_SPEAKER_ENTS]
    names = [t for t in nouns if _is_speakerish(t) and t.lower_ != "it" and t.tag_ != "NNS"]
    found = None
    for pool in (names, nouns):
        before = [t for t in pool if t.i < verb.i]
        after = [t for t in pool if t.i > verb.i]
        found = before[-1] if before else (after[0] if after else None)
        if found is not None:
            break
    while found is not None and found.dep_ == "compound" and found.head.i > found.i:
        found = found.head  # "Chief Chuck" -> "Jordan"
    return found


def _depth(tok: Token) -> int:
    return sum(1 for _ in tok.ancestors)


def _is_name(tok: Token) -> bool:
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in _NAME_ENTS


def _may_speak(tok: Token) -> bool:
    """A subject that may have said or written something: a name, a pronoun or a noun, not a date."""
    return tok.pos_ in _NOUNS and tok.ent_type_ not in _NOT_SPEAKER_ENTS and tok.lower_ not in _RELATIVE


def _is_speakerish(tok: Token) -> bool:
    if tok.lower_ in _RELATIVE:
        return False
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in _NAME_ENTS or tok.tag_ == "NNS"


def _noun_phrase(head: Token) -> tuple[int, int]:
    """The head's name or noun phrase: left modifiers up to the first comma, and its entity."""
    left = head.i
    for child in reversed(list(head.lefts)):
        if child.dep_ not in _NP_LEFT_DEPS or any(t.is_punct and t.text != "." for t in child.subtree):
            break
        left = child.left_edge.i
    doc = head.doc
    start, end = doc[left].idx, head.idx + len(head.text)
    if head.ent_iob_ != "O":
        ent = _entity(head)
        if ent is not None:
            start, end = min(start, ent.start_char), max(end, ent.end_char)
    return start, end


def _head_span(head: Token) -> tuple[int, int]:
    ent = _entity(head) if head.ent_iob_ != "O" else None
    if ent is not None:
        return ent.start_char, ent.end_char
    return head.idx, head.idx + len(head.text)


def _entity(tok: Token) -> SpacySpan | None:
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end] if doc[start].ent_type_ else None


def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    if end <= start:
        return []
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return []
    return [t for t in span if not t.is_space]
