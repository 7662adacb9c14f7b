"""Which words report speech: the reporting verbs of the lexicon as they stand in a parse.

`quote_lexicon.SpeechVerbs` lists lemmas; `CueWords` reads a token against it: a verb by its
lemma ("said"), a phrasal verb with its particle ("fired back"), the idiom "as X put it", not
"so-called"; a framing verb ("referred to them as", "blamed it on") only for the quoted words it
governs (`frames`); and it reads whole clauses with them: a sentence that is only an attribution
(`bare_cue`), a reporting verb before the mark that governs the quote (`reported_before`), a
relative clause that frames it (`framed_on`). `quote_cues.CueFinder` builds on it to find where a
quote's cue stands.

Example:
    >>> # in '"...," Rubio fired back.', CueWords(SpeechVerbs.load()).is_cue(fired) is True
"""

from __future__ import annotations

from spacy.tokens import Doc, Span as SpacySpan, Token

from communique.mentions.quote_cue_clauses import governing
from communique.mentions.quote_lexicon import SpeechVerbs
from communique.mentions.quote_tree import SUBJECT_DEPS, has_subject, passive, subject as _subject

_PARTICLE_DEPS = frozenset({"prt", "advmod"})  # the parser reads "back" of "fired back" as either
# A cue with one of these has words of its own: "X said the polls ...", "X mocked the plan".
_OWN_CLAUSE_DEPS = frozenset({"ccomp", "dobj", "xcomp", "advcl", "conj", "attr", "acomp"})


class CueWords:
    """Reads tokens, and the clauses they head, against the reporting verbs of the lexicon."""

    def __init__(self, verbs: SpeechVerbs) -> None:
        self.verbs = verbs

    def is_cue(self, tok: Token) -> bool:
        """True for a reporting verb that may cue a quote ("said", "as X put it"), not "so-called"."""
        if tok.pos_ not in ("VERB", "AUX") or self.verbs.frames(tok.lemma_):
            return False  # a framing verb cues only the words it governs: `frames`
        if not self.verbs.cues(tok.lemma_):
            if self.verbs.cues(phrasal(tok)):
                return True  # "Rubio fired back:", "Bennett shot back": the verb and its particle report
            # "as X put it": the idiom reports words with a verb that otherwise reports none.
            return tok.lemma_ == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
        doc = tok.doc
        # "so-called" marks a scare quote, it reports nobody's words.
        return not (tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "so")

    def frames(self, tok: Token, quoted: Token) -> bool:
        """True for a framing verb that governs the quoted word `quoted`, with a subject of its own.

        "He referred to the protesters as "my friends"", "She blamed the crash on "a disturbed
        person"": the verb reports the words it frames. After a quote ('"...," referring to the
        plan') or beside words it does not govern, it only comments, and cues nothing.
        """
        if tok.pos_ != "VERB" or not self.verbs.frames(tok.lemma_) or negated(tok) or passive(tok):
            return False
        if tok.i > quoted.i or _subject(tok) is None or tok.i not in governing(quoted, {tok.i}):
            return False
        between = [t for t in quoted.ancestors if tok.i < t.i < quoted.i]
        # "referred to her "sex tape"": the words right after the verb name what it is about, a
        # mention; "referred to her as "a friend"" frames them.
        if any(t.head.i == tok.i and t.i == tok.i + 1 and t.dep_ == "prep" for t in between):
            return False
        return not any(_names_own_speaker(t) for t in between)

    def _cue_word(self, tok: Token) -> bool:
        """True for a reporting verb by its lemma or form alone, whatever its tag ("read" as a noun)."""
        if self.verbs.frames(tok.lemma_):
            return False
        return self.verbs.cues(tok.lemma_) or self.verbs.cues(tok.lower_)

    def _says(self, verb: Token) -> bool:
        """True for a verb of the `say` class ("said", "fired back"), not an attitude ("believe")."""
        found = self.verbs.get(verb.lemma_) or self.verbs.get(phrasal(verb))
        return found is not None and found.verb_class == "say"

    def reported_before(self, doc: Doc, open_at: int) -> bool:
        """True when a reporting verb before the opening mark governs the first quoted word."""
        first = _first_word(doc, open_at)
        if first is None:
            return False
        return any(v.idx < open_at and self.is_cue(v) and _subject(v) is not None for v in first.ancestors)

    def framed_on(self, doc: Doc, subject: Token, open_at: int) -> bool:
        """True when the quote opening at `open_at` stands in a relative clause on `subject`, with a
        cue of its own ("Scott, who has called the remarks "...," portrayed ...")."""
        if subject.idx >= open_at:
            return False
        first = _first_word(doc, open_at)
        if first is None:
            return False
        return any(
            v.dep_ == "relcl" and v.head.i == subject.i and v.idx < open_at and self.is_cue(v)
            for v in first.ancestors
        )

    def bare_cue(self, sentence: SpacySpan) -> bool:
        """True for a sentence that is only an attribution: `"... missing." Trump said.`, not
        `"..." The ministry did not elaborate.` (a denied act reports no words) nor `"..." The move
        was first reported by a network.` (a passive reports the thing, not these words)."""
        root = sentence.root
        if not self.is_cue(root) or negated(root) or passive(root):
            return False
        if any(c.dep_ in _OWN_CLAUSE_DEPS for c in root.children):
            return False
        return any(c.dep_ in SUBJECT_DEPS and c.i < root.i for c in root.children)


def _first_word(doc: Doc, open_at: int) -> Token | None:
    """The first quoted word after the mark at `open_at` (the mark itself when the tokenizer glued them), or None."""
    inside = doc.char_span(open_at, open_at + 2, alignment_mode="expand")
    if inside is None:
        return None
    return next((t for t in inside if not t.is_punct), inside[-1])


def _names_own_speaker(word: Token) -> bool:
    """True for a word between a framing verb and the quote that names who said the words: a
    clause with its own subject ("a controversy when Trump assailed a judge for his "..."") or a
    possessed remark ("blamed the media for Trump's claim that "..."")."""
    if word.pos_ in ("VERB", "AUX"):
        return has_subject(word)
    return any(c.dep_ == "poss" for c in word.children)


def phrasal(verb: Token) -> str:
    """The verb with its particle as the lexicon lists it ("fire back"), or "" when it has none."""
    particle = next((c for c in verb.children if c.dep_ in _PARTICLE_DEPS and c.i == verb.i + 1), None)
    return f"{verb.lemma_.lower()} {particle.lower_}" if particle is not None else ""


def negated(verb: Token) -> bool:
    """True for a verb its clause denies ("did not elaborate", "didn't suggest")."""
    return any(c.dep_ == "neg" for c in verb.children)
