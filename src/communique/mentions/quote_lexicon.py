"""The quote stage's word lists: reporting verbs (`data/speech_verbs.tsv`) and the words that show
a speaker's gender or mark a label as no speaker (`data/quote_words.tsv`).

Example:
    >>> verbs = SpeechVerbs.load()
    >>> verbs.cues("say"), verbs.reports("say"), verbs.reports("believe")
    (True, True, False)
    >>> words = QuoteWords.load()
    >>> words.gender["mrs."], words.pronoun_gender["he"], "UPDATE" in words.not_speakers
    ('f', 'm', True)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

from communique.errors import ResourceError

VerbClass = Literal["say", "ask", "call", "think", "frame"]
_CLASSES: frozenset[str] = frozenset({"say", "ask", "call", "think", "frame"})


@dataclass(frozen=True, slots=True)
class SpeechVerb:
    """One reporting verb: its lemma, its class, and whether "X <verb> that ..." is reported speech."""

    lemma: str
    verb_class: VerbClass
    reported: bool


@dataclass(frozen=True, slots=True)
class SpeechVerbs:
    """The reporting verbs, by lemma."""

    verbs: dict[str, SpeechVerb]

    @classmethod
    def load(cls) -> SpeechVerbs:
        """The packaged lexicon, parsed once per process."""
        return _load_packaged()

    @classmethod
    def parse(cls, text: str, source: str = "speech_verbs.tsv") -> SpeechVerbs:
        """A lexicon from TSV text: `lemma<TAB>class<TAB>reported`, `#` comments, one header row."""
        verbs: dict[str, SpeechVerb] = {}
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("#") or line.startswith("lemma\t"):
                continue
            fields = line.split("\t")
            if len(fields) != 3 or fields[1] not in _CLASSES or fields[2] not in ("yes", "no"):
                raise ResourceError(
                    f"{source}:{n}: expected 'lemma<TAB>class<TAB>yes|no' with class one of "
                    f"{sorted(_CLASSES)}, got {line!r}"
                )
            lemma = fields[0].strip().lower()
            verbs[lemma] = SpeechVerb(lemma, fields[1], fields[2] == "yes")  # type: ignore[arg-type]
        return cls(verbs)

    def get(self, lemma: str) -> SpeechVerb | None:
        return self.verbs.get(lemma.lower())

    def cues(self, lemma: str) -> bool:
        """True when the lemma can cue a quotation."""
        return lemma.lower() in self.verbs

    def frames(self, lemma: str) -> bool:
        """True for a verb that cues only the quoted words it governs ("referred to them as "..."")."""
        verb = self.verbs.get(lemma.lower())
        return verb is not None and verb.verb_class == "frame"

    def reports(self, lemma: str) -> bool:
        """True when "X <lemma> that ..." is reported speech."""
        verb = self.verbs.get(lemma.lower())
        return verb is not None and verb.reported


def read_packaged(filename: str, what: str) -> tuple[str, str]:
    """The text of a file in `communique/data` and its path (for error messages).

    Raises:
        ResourceError: the file cannot be read; `what` names it in the message.
    """
    path = resources.files("communique") / "data" / filename
    try:
        return path.read_text(encoding="utf-8"), str(path)
    except OSError as exc:
        raise ResourceError(f"{path}: cannot read the {what} ({exc})") from exc


@lru_cache(maxsize=1)
def _load_packaged() -> SpeechVerbs:
    return SpeechVerbs.parse(*read_packaged("speech_verbs.tsv", "speech-verb lexicon"))


Gender = Literal["m", "f"]
_WORD_KINDS = frozenset({"gender", "pronoun", "not_speaker", "source", "document", "relay"})


@dataclass(frozen=True, slots=True)
class QuoteWords:
    """Words that show a person's gender, personal pronouns, labels that name no speaker, nouns
    that report what people said when a sentence opens with them ("In a poll, ..."), documents,
    and verbs whose subject relays what others said ("CNN reported")."""

    gender: dict[str, Gender]
    pronoun_gender: dict[str, Gender]
    not_speakers: frozenset[str]
    sources: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    relays: frozenset[str] = frozenset()

    @classmethod
    def load(cls) -> QuoteWords:
        """The packaged word list, parsed once per process."""
        return _load_words()

    @classmethod
    def parse(cls, text: str, source: str = "quote_words.tsv") -> QuoteWords:
        """Words from TSV text: `word<TAB>kind<TAB>value`, `#` comments, one header row."""
        gender: dict[str, Gender] = {}
        pronouns: dict[str, Gender] = {}
        labels: set[str] = set()
        sources: set[str] = set()
        documents: set[str] = set()
        relays: set[str] = set()
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("#") or line.startswith("word\t"):
                continue
            fields = line.split("\t")
            gendered = len(fields) == 3 and fields[1] in ("gender", "pronoun") and fields[2] in ("m", "f")
            plain = len(fields) == 3 and fields[1] in ("not_speaker", "source", "document", "relay")
            if len(fields) != 3 or fields[1] not in _WORD_KINDS or not (gendered or plain):
                raise ResourceError(
                    f"{source}:{n}: expected 'word<TAB>kind<TAB>value' with kind one of "
                    f"{sorted(_WORD_KINDS)} and value m or f for gender and pronoun, got {line!r}"
                )
            word, kind, value = fields[0].strip(), fields[1], fields[2]
            if kind == "not_speaker":
                labels.add(word.upper())  # labels are matched in upper case
            elif kind == "source":
                sources.add(word.lower())
            elif kind == "document":
                documents.add(word.lower())
            elif kind == "relay":
                relays.add(word.lower())
            else:
                (gender if kind == "gender" else pronouns)[word.lower()] = value  # type: ignore[assignment]
        return cls(
            gender, pronouns, frozenset(labels), frozenset(sources), frozenset(documents), frozenset(relays)
        )


@lru_cache(maxsize=1)
def _load_words() -> QuoteWords:
    return QuoteWords.parse(*read_packaged("quote_words.tsv", "quote word list"))
