"""Which words report speech: the reporting verbs of the lexicon as they stand in a parse.

`quote_lexicon.SpeechVerbs` lists lemmas; `CueWords` reads a token against it: a verb by its
lemma ("said"), a phrasal verb with its particle ("fired back"), the idiom "as X put it", not
"so-called". `quote_cues.CueFinder` builds on it to find where a quote's cue stands.

Example:
    >>> # in '"...," Rubio fired back.', CueWords(SpeechVerbs.load()).is_cue(fired) is True
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.mentions.quote_lexicon import SpeechVerbs

_PARTICLE_DEPS = frozenset({"prt", "advmod"})  # the parser reads "back" of "fired back" as either


class CueWords:
    """Reads tokens against the reporting verbs of the lexicon."""

    def __init__(self, verbs: SpeechVerbs) -> None:
        self.verbs = verbs

    def is_cue(self, tok: Token) -> bool:
        """True for a reporting verb that may cue a quote ("said", "as X put it"), not "so-called"."""
        if tok.pos_ not in ("VERB", "AUX"):
            return False
        if not self.verbs.cues(tok.lemma_):
            if self.verbs.cues(phrasal(tok)):
                return True  # "Rubio fired back:", "Bennett shot back": the verb and its particle report
            # "as X put it": the idiom reports words with a verb that otherwise reports none.
            return tok.lemma_ == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
        doc = tok.doc
        # "so-called" marks a scare quote, it reports nobody's words.
        return not (tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "so")

    def _cue_word(self, tok: Token) -> bool:
        """True for a reporting verb by its lemma or form alone, whatever its tag ("read" as a noun)."""
        return self.verbs.cues(tok.lemma_) or self.verbs.cues(tok.lower_)

    def _says(self, verb: Token) -> bool:
        """True for a verb of the `say` class ("said", "fired back"), not an attitude ("believe")."""
        found = self.verbs.get(verb.lemma_) or self.verbs.get(phrasal(verb))
        return found is not None and found.verb_class == "say"


def phrasal(verb: Token) -> str:
    """The verb with its particle as the lexicon lists it ("fire back"), or "" when it has none."""
    particle = next((c for c in verb.children if c.dep_ in _PARTICLE_DEPS and c.i == verb.i + 1), None)
    return f"{verb.lemma_.lower()} {particle.lower_}" if particle is not None else ""
