"""Person mentions: names, the titles attached to them, and what the text says of their country.

Patterns read (all from the text, never from how a name looks):
- title before the name: "External Affairs Minister S Jaishankar", "EAM Jaishankar",
  "the Japanese Defense Minister, Kihara Minoru", "the President of Ireland, Máire Ní Bhriain";
- title after the name: "Kihara Minoru, the Japanese Defense Minister";
- a title alone with a country: "Singapore's Prime Minister", "the Prime Minister of India";
- transcript speaker labels at the start of a line: "PRESIDENT BIDEN:", "MR. KIRBY:";
- later mentions of a known name the model left untagged ("Japan's Kamikawa").
Name boundaries live in `actor_name_spans`, country evidence in `actor_evidence`, labels in
`actor_labels`. The side a person speaks for ("represented Japan") is read later, by
`actor_sides`, once every mention is known.
"""

from __future__ import annotations

from spacy.tokens import Doc

from communique.mentions.actor_evidence import name_votes, title_votes
from communique.mentions.actor_gazetteer import ActorGazetteer
from communique.mentions.actor_labels import speaker_labels
from communique.mentions.actor_lexicon import ActorLexicon
from communique.mentions.actor_mention import PersonMention
from communique.mentions.actor_name_spans import (
    LOCATIVE,
    MAX_NAME_TOKENS,
    NameContext,
    is_name,
    name_after,
    name_word,
    particle,
    stands_alone,
    title_after,
    title_before,
    trim,
)
from communique.mentions.actor_titles import TitleMention
from communique.types import Span


class PeopleFinder:
    """Finds person mentions in one parsed document. Built once per resolver."""

    def __init__(self, gazetteer: ActorGazetteer, lexicon: ActorLexicon) -> None:
        self.gazetteer = gazetteer
        self.lexicon = lexicon

    def __call__(
        self,
        doc: Doc,
        titles: list[TitleMention],
        state_at: dict[int, str],
        org_at: dict[int, str] | None = None,
        speaking: frozenset[int] = frozenset(),
    ) -> list[PersonMention]:
        """Person mentions in document order.

        Args:
            doc: the parsed document.
            titles: its titles of office (`actor_titles.find_titles`).
            state_at: token index -> ISO3 of the state mentioned there.
            org_at: token index -> code of the international organisation there (EU, NATO).
            speaking: tokens whose person speaks for a state (`actor_stances`): a title alone
                there is kept for its holder though nothing next to it names a country.
        """
        org_at = org_at or {}
        ctx = NameContext(self.gazetteer, self.lexicon, state_at, {i: t for t in titles for i in range(t.start, t.end)})
        found = speaker_labels(doc, doc.text, self.gazetteer, self.lexicon)
        # A label's words are read once, as a label: not again as a PERSON entity or a title.
        name_tokens: set[int] = {i for m in found for i in range(m.label_start, m.end)}
        used_titles: set[int] = {t.start for t in titles if t.start in name_tokens}

        def add(start: int, end: int, title: TitleMention | None) -> None:
            # Words as written: "Mensah-Adjei" is one word though spaCy splits it at the hyphen.
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
                title_votes(doc, title, state_at, org_at, mention.votes)
            name_votes(doc, start, end, state_at, mention.votes)
            found.append(mention)
            name_tokens.update(range(start, end))

        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            start, end = trim(doc, ent.start, ent.end, ctx)
            # The small model often stops short of a name's last word ("Lee Hsien" Loong).
            while end < len(doc) and end - start < MAX_NAME_TOKENS and "\n" not in doc[end - 1].whitespace_:
                if not doc[end].ent_type_ and name_word(doc, end, ctx):
                    end += 1
                elif particle(doc, end, ctx):
                    end += 2
                else:
                    break
            if start < end and not name_tokens.intersection(range(start, end)) and is_name(doc, start, end, ctx):
                title = title_before(doc, start, ctx) or title_after(doc, end, ctx)
                if title is not None or start == 0 or doc[start - 1].lower_ not in LOCATIVE:
                    add(start, end, title)
        for title in titles:
            if title.start in used_titles:
                continue
            run = name_after(doc, title.end, ctx, name_tokens)
            if run is not None:
                add(run[0], run[1], title)
            elif stands_alone(doc, title):
                mention = PersonMention(
                    span=Span(doc[title.start].idx, doc[title.end - 1].idx + len(doc[title.end - 1]), doc[title.start : title.end].text),
                    start=title.start,
                    end=title.end,
                    name=None,
                    title=title.title,
                    former=title.former,
                    role=title.role,
                )
                title_votes(doc, title, state_at, org_at, mention.votes)
                if not title.former and (mention.votes or title.start in speaking):
                    found.append(mention)
        found.extend(self._known_names(doc, found, ctx, name_tokens))
        found.sort(key=lambda m: m.span.start)
        return found

    @staticmethod
    def _known_names(doc: Doc, found: list[PersonMention], ctx: NameContext, taken: set[int]) -> list[PersonMention]:
        """Later mentions of a name already found that the model left untagged ("Japan's Kamikawa").

        Only words of names seen with a title or as a multi-word name count, so a lone
        capitalised word is never made a person on its own.
        """
        known = {w.lower() for m in found if m.name and (m.title or len(m.name) > 1) for w in m.name if len(w) > 2}
        extra: list[PersonMention] = []
        if not known:
            return extra
        # "Osei-Bonsu" is three tokens: find a hyphenated name by its first part.
        hyphenated: dict[str, list[str]] = {}
        for word in known:
            if "-" in word:
                hyphenated.setdefault(word.split("-", 1)[0], []).append(word)
        for token in doc:
            if token.i in taken:
                continue
            if token.lower_ in hyphenated and not token.whitespace_:
                mention = _hyphenated_mention(doc, token.i, hyphenated[token.lower_], ctx, taken)
                if mention is not None:
                    extra.append(mention)
                    continue
            if token.lower_ not in known:
                continue
            # The model may take a lone surname for a place or body ("Kamikawa" GPE), so a
            # one-word entity is no obstacle; the ruler's spans (with an id) and longer
            # entities ("Kamikawa Foundation") are.
            in_longer = token.ent_iob_ == "I" or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")
            if token.ent_id_ or in_longer:
                continue
            if not name_word(doc, token.i, ctx, any_entity=True):
                continue
            mention = PersonMention(
                span=Span(token.idx, token.idx + len(token), token.text), start=token.i, end=token.i + 1, name=(token.text,), title=None
            )
            name_votes(doc, token.i, token.i + 1, ctx.state_at, mention.votes)
            extra.append(mention)
        return extra


def _hyphenated_mention(
    doc: Doc, i: int, words: list[str], ctx: NameContext, taken: set[int]
) -> PersonMention | None:
    """A later mention of a known hyphenated name starting at token i ("Osei-Bonsu"), or None."""
    for word in words:
        n = 2 * word.count("-") + 1
        span = doc[i : i + n]
        if len(span) == n and span.text.lower() == word and not taken.intersection(range(i, i + n)):
            if not span[0].text[:1].isupper() or any(j in ctx.state_at or j in ctx.title_at for j in range(i, i + n)):
                return None
            mention = PersonMention(
                span=Span(span.start_char, span.end_char, span.text), start=i, end=i + n, name=(span.text,), title=None
            )
            name_votes(doc, i, i + n, ctx.state_at, mention.votes)
            taken.update(range(i, i + n))
            return mention
    return None
