"""The reporting-verb lexicon (`data/speech_verbs.tsv`): which lemmas cue a quote or reported speech.

Example:
    >>> verbs = SpeechVerbs.load()
    >>> verbs.cues("say"), verbs.reports("say"), verbs.reports("believe")
    (True, True, False)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

from communique.errors import ResourceError

VerbClass = Literal["say", "ask", "call", "think"]
_CLASSES: frozenset[str] = frozenset({"say", "ask", "call", "think"})


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

    def reports(self, lemma: str) -> bool:
        """True when "X <lemma> that ..." is reported speech."""
        verb = self.verbs.get(lemma.lower())
        return verb is not None and verb.reported


@lru_cache(maxsize=1)
def _load_packaged() -> SpeechVerbs:
    path = resources.files("communique") / "data" / "speech_verbs.tsv"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ResourceError(f"{path}: cannot read the speech-verb lexicon ({exc})") from exc
    return SpeechVerbs.parse(text, str(path))
