"""Person mentions: names, the titles attached to them, and what the text says of their country.

Patterns read (all from the text, never from how a name looks):
- title before the name: "External Affairs Minister S Jaishankar", "EAM Jaishankar",
  "the Japanese Defense Minister, Kihara Minoru" (appositive after a comma);
- title after the name: "Kihara Minoru, the Japanese Defense Minister";
- a title alone with a country: "Singapore's Prime Minister", "the Prime Minister of India";
- country of a title: demonym ("Japanese Defense Minister"), possessive ("India's Prime
  Minister"), "of X" ("Prime Minister of India", "Lee Hsien Loong of Singapore"), the title's
  own country (EAM -> IND), and "Japan's Kamikawa";
- transcript speaker labels at the start of a line: "PRESIDENT BIDEN:", "MR. KIRBY:".
The side a person speaks for ("represented Japan", "from the Indian side") is read later,
by `actor_sides`, once every mention is known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from communique.mentions.actor_gazetteer import ActorGazetteer, TitleEntry, exact_title
from communique.mentions.actor_lexicon import ActorLexicon
from communique.mentions.actor_titles import TitleMention
from communique.types import Span

MAX_NAME_TOKENS = 4
POSSESSIVE = frozenset({"'s", "’s"})
# "in Lyon", "near Derry": after these, an untitled PERSON entity is a place the model mistook.
LOCATIVE = frozenset({"in", "near", "outside", "across", "around", "at"})
# Weights of country evidence: explicit words beat a title's default country, which ties
# with the side a person speaks for.
EXPLICIT, TITLE_DEFAULT, SIDE = 3, 2, 2
# A speaker label: an all-caps run at a line start ending in a colon ("THE VICE PRESIDENT:").
SPEAKER_LABEL = re.compile(r"^[ \t]*([A-Z][A-Z.'’\- ]{0,48}[A-Z.]):", re.MULTILINE)


@dataclass(slots=True)
class PersonMention:
    """One mention of a person. `name` is None for a title standing alone."""

    span: Span
    start: int  # token range of the mention, for sentence and clause tests
    end: int
    name: tuple[str, ...] | None
    title: TitleEntry | None
    former: bool = False
    role: str | None = None  # the title as written, see `TitleMention.role`
    votes: list[tuple[str, int]] = field(default_factory=list)
    label_start: int = -1  # first token of a transcript speaker label, -1 elsewhere


class PeopleFinder:
    """Finds person mentions in one parsed document. Built once per resolver."""

    def __init__(self, gazetteer: ActorGazetteer, lexicon: ActorLexicon) -> None:
        self.gazetteer = gazetteer
        self.lexicon = lexicon

    def __call__(
        self, doc: Doc, titles: list[TitleMention], state_at: dict[int, str]
    ) -> list[PersonMention]:
        """Person mentions in document order. `state_at` maps a token index to its state."""
        title_at = {i: t for t in titles for i in range(t.start, t.end)}
        found: list[PersonMention] = []
        labels = self._speaker_labels(doc)
        found.extend(labels)
        # A label's words are read once, as a label: not again as a PERSON entity or a title.
        name_tokens: set[int] = {i for m in labels for i in range(m.label_start, m.end)}
        used_titles: set[int] = {t.start for t in titles if t.start in name_tokens}

        def add(start: int, end: int, title: TitleMention | None) -> None:
            # Words as written: "Jean-Bertrand" is one word though spaCy splits it at the hyphen.
            words = tuple(doc[start:end].text.split())
            mention = PersonMention(
                span=Span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), doc[start:end].text),
                start=start,
                end=end,
                name=words,
                title=title.title if title else None,
                former=title.former if title else False,
                role=title.role if title else None,
            )
            if title is not None:
                used_titles.add(title.start)
                self._title_votes(doc, title, state_at, mention.votes)
            self._name_votes(doc, start, end, state_at, mention.votes)
            found.append(mention)
            name_tokens.update(range(start, end))

        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            start, end = self._trim(doc, ent.start, ent.end, title_at)
            # The small model often stops short of a name's last word ("Lee Hsien" Loong).
            while end < len(doc) and end - start < MAX_NAME_TOKENS and "\n" not in doc[end - 1].whitespace_:
                if not doc[end].ent_type_ and _name_word(doc, end, state_at, title_at):
                    end += 1
                elif self._particle(doc, end, state_at, title_at):
                    end += 2
                else:
                    break
            if start < end and not name_tokens.intersection(range(start, end)) and self._is_name(doc, start, end, state_at, title_at):
                title = self._title_before(doc, start, title_at) or self._title_after(doc, end, title_at)
                if title is not None or start == 0 or doc[start - 1].lower_ not in LOCATIVE:
                    add(start, end, title)
        for title in titles:
            if title.start in used_titles:
                continue
            run = self._name_after(doc, title.end, state_at, title_at, name_tokens)
            if run is not None:
                add(run[0], run[1], title)
            elif self._stands_alone(doc, title):
                mention = PersonMention(
                    span=Span(doc[title.start].idx, doc[title.end - 1].idx + len(doc[title.end - 1]), doc[title.start : title.end].text),
                    start=title.start,
                    end=title.end,
                    name=None,
                    title=title.title,
                    former=title.former,
                    role=title.role,
                )
                self._title_votes(doc, title, state_at, mention.votes)
                if mention.votes and not title.former:
                    found.append(mention)
        found.extend(self._known_names(doc, found, state_at, title_at, name_tokens))
        found.sort(key=lambda m: m.span.start)
        return found

    def _known_names(
        self,
        doc: Doc,
        found: list[PersonMention],
        state_at: dict[int, str],
        title_at: dict[int, TitleMention],
        taken: set[int],
    ) -> list[PersonMention]:
        """Later mentions of a name already found that the model left untagged ("Japan's Kamikawa").

        Only words of names seen with a title or as a multi-word name count, so a lone
        capitalised word is never made a person on its own.
        """
        known = {w.lower() for m in found if m.name and (m.title or len(m.name) > 1) for w in m.name if len(w) > 2}
        extra: list[PersonMention] = []
        if not known:
            return extra
        for token in doc:
            if token.i in taken or token.lower_ not in known:
                continue
            # The model may take a lone surname for a place or body ("Kamikawa" GPE), so a
            # one-word entity is no obstacle; the ruler's spans (with an id) and longer
            # entities ("Kamikawa Foundation") are.
            in_longer = token.ent_iob_ == "I" or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")
            if token.ent_id_ or in_longer:
                continue
            if not _name_word(doc, token.i, state_at, title_at, any_entity=True):
                continue
            mention = PersonMention(
                span=Span(token.idx, token.idx + len(token), token.text), start=token.i, end=token.i + 1, name=(token.text,), title=None
            )
            self._name_votes(doc, token.i, token.i + 1, state_at, mention.votes)
            extra.append(mention)
        return extra

    def _trim(self, doc: Doc, start: int, end: int, title_at: dict[int, TitleMention]) -> tuple[int, int]:
        """A PERSON entity without leading titles and honorifics or a trailing possessive."""
        while start < end and (start in title_at or doc[start].lower_ in self.lexicon.honorifics or doc[start].lower_ == "the"):
            start += 1
        while end > start and (doc[end - 1].text in POSSESSIVE or not doc[end - 1].text[:1].isalpha()):
            end -= 1
        return start, end

    def _is_name(self, doc: Doc, start: int, end: int, state_at: dict[int, str], title_at: dict[int, TitleMention]) -> bool:
        """False for the plain model's PERSON entities that are really countries or titles."""
        span = doc[start:end]
        if not all(ch.isalpha() or ch in " .-'’" for ch in span.text):
            return False  # markup and numbers: "References==", "Mar-2019"
        if end - start == 1 and self.lexicon.org_sector(span.text) is not None:
            return False  # a lone "Directorate" or "Department"
        if not span.text[:1].isupper() or any(i in state_at or i in title_at for i in range(start, end)):
            return False
        return self.gazetteer.country(span.text) is None and exact_title(self.gazetteer, span.text) is None

    @staticmethod
    def _title_before(doc: Doc, start: int, title_at: dict[int, TitleMention]) -> TitleMention | None:
        """The title right before a name, directly or across one appositive comma."""
        i = start - 1
        if i >= 0 and doc[i].text == ",":
            i -= 1
        title = title_at.get(i)
        return title if title is not None and title.end == i + 1 else None

    def _title_after(self, doc: Doc, end: int, title_at: dict[int, TitleMention]) -> TitleMention | None:
        """The title of an appositive after a name: "Kihara Minoru, the Japanese Defense Minister"."""
        if end >= len(doc) or doc[end].text != ",":
            return None
        i = end + 1
        limit = min(len(doc), i + 4)
        while i < limit and i not in title_at:
            if doc[i].lower_ not in ("the", "a") and doc[i].text not in POSSESSIVE and doc[i].ent_type_ not in ("GPE", "NORP"):
                return None
            i += 1
        title = title_at.get(i)
        return title if title is not None and title.start == i else None

    def _name_after(
        self, doc: Doc, i: int, state_at: dict[int, str], title_at: dict[int, TitleMention], taken: set[int]
    ) -> tuple[int, int] | None:
        """A run of capitalised name words right after a title ("EAM Jaishankar"), or None."""
        if i < len(doc) and doc[i].text == "," and "\n" not in doc[i].whitespace_:
            i += 1
        while i < len(doc) and doc[i].lower_ in self.lexicon.honorifics:
            i += 1
        start = i
        while i < len(doc) and i - start < MAX_NAME_TOKENS and i not in taken:
            if _name_word(doc, i, state_at, title_at):
                i += 1
            elif i > start and self._particle(doc, i, state_at, title_at):
                i += 2
            else:
                break
            if "\n" in doc[i - 1].whitespace_:
                break
        if i == start or i in taken:
            return None
        if doc[start].ent_type_ == "ORG" and doc[start].ent_id_:
            return None
        return start, i

    def _particle(self, doc: Doc, i: int, state_at: dict[int, str], title_at: dict[int, TitleMention]) -> bool:
        """A lower-case name particle followed by a name word: "van" in "Hans van den Broek"."""
        return (
            doc[i].text in self.lexicon.name_particles
            and i + 1 < len(doc)
            and _name_word(doc, i + 1, state_at, title_at, any_entity=True)
        )

    @staticmethod
    def _stands_alone(doc: Doc, title: TitleMention) -> bool:
        """A title used as a noun for its holder, not as a modifier ("Prime Minister's Office")."""
        if title.end >= len(doc):
            return True
        nxt = doc[title.end]
        return nxt.text not in POSSESSIVE and nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "PART", "NUM")

    def _title_votes(self, doc: Doc, title: TitleMention, state_at: dict[int, str], votes: list[tuple[str, int]]) -> None:
        """Country evidence around a title: "Japanese X", "India's X", "X of India", title default."""
        i = title.start - 1
        if i >= 0 and doc[i].text in POSSESSIVE:
            i -= 1
        if i >= 0 and i in state_at:
            votes.append((state_at[i], EXPLICIT))
        of_country = _of_country(doc, title.end, state_at)
        if of_country is not None:
            votes.append((of_country, EXPLICIT))
        if title.title.country:
            votes.append((title.title.country, TITLE_DEFAULT))

    @staticmethod
    def _name_votes(doc: Doc, start: int, end: int, state_at: dict[int, str], votes: list[tuple[str, int]]) -> None:
        """Country evidence around a bare name: "Japan's Kamikawa", "Lee Hsien Loong of Singapore"."""
        if start >= 2 and doc[start - 1].text in POSSESSIVE and (start - 2) in state_at:
            votes.append((state_at[start - 2], EXPLICIT))
        of_country = _of_country(doc, end, state_at)
        if of_country is not None:
            votes.append((of_country, EXPLICIT))

    def _speaker_labels(self, doc: Doc) -> list[PersonMention]:
        """Speakers of a transcript: "PRESIDENT BIDEN:", "MR. KIRBY:", "THE PRESIDENT:"."""
        found: list[PersonMention] = []
        text = doc.text  # built from the tokens on every access: read it once
        if ":" not in text:
            return found
        for match in SPEAKER_LABEL.finditer(text):
            words = [(m.start() + match.start(1), m.group()) for m in re.finditer(r"\S+", match.group(1))]
            if words and words[0][1] == "THE":
                words = words[1:]
            title, name_from = None, 0
            if words and words[0][1].lower() in self.lexicon.honorifics:
                name_from = 1
            else:
                for k in range(len(words), 0, -1):
                    title = exact_title(self.gazetteer, " ".join(w for _, w in words[:k]))
                    if title is not None:
                        name_from = k
                        break
            if title is None and name_from == 0:
                continue
            part = words[name_from:] or words
            start, end = part[0][0], part[-1][0] + len(part[-1][1])
            tokens = doc.char_span(start, end, alignment_mode="expand")
            label = doc.char_span(match.start(1), end, alignment_mode="expand")
            if tokens is None or label is None:
                continue
            found.append(
                PersonMention(
                    span=Span(start, end, text[start:end]),
                    start=tokens.start,
                    end=tokens.end,
                    label_start=label.start,
                    name=tuple(w for _, w in words[name_from:]) or None,
                    title=title,
                    votes=[(title.country, TITLE_DEFAULT)] if title is not None and title.country else [],
                )
            )
        return found


def _name_word(
    doc: Doc, i: int, state_at: dict[int, str], title_at: dict[int, TitleMention], any_entity: bool = False
) -> bool:
    """Whether token i can be a word of a person's name (`any_entity`: whatever the model tagged it)."""
    token = doc[i]
    if i in state_at or i in title_at or (not any_entity and token.ent_type_ in ("GPE", "NORP", "DATE", "LOC", "FAC")):
        return False
    text = token.text.rstrip(".")
    return bool(text) and text[0].isupper() and text.replace("-", "").replace("'", "").isalpha() and token.pos_ in ("PROPN", "NOUN", "X", "ADJ")


def _of_country(doc: Doc, i: int, state_at: dict[int, str]) -> str | None:
    """The country of an "of (the) X" right at token i, or None."""
    if i >= len(doc) or doc[i].lower_ != "of":
        return None
    j = i + 1
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    return state_at.get(j)
