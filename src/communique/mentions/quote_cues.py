"""Where a quoted run's cue stands: the reporting verb next to it, found in a few tokens.

The search stays inside the run's paragraph and between its neighbouring runs, so each quote costs
a few tokens of work. After the closing mark it looks at the first few tokens (`"...," he said`,
`"...," said X`, `"..." - Commissioner X`, `"...," according to X`); before the opening mark it
looks back to the start of the sentence (`X said: "..."`, `X said "..."`, `X: "..."`, a partial
quote inside reported speech). Which words are reporting verbs is `quote_cue_words`'s job, a
quote announced by a colon with no verb `quote_cue_labels`', which words name the speaker once
the cue is known `quote_attribution`'s; the tree helpers are in `quote_tree`.

Example:
    >>> # for 'He said "we will win" today.', the cue is "said" and the speaker "He"
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from communique.mentions.quote_attribution import (
    Attribution,
    QuotedText,
    according,
    attribution,
    from_verb,
    put_question,
    speaker_only,
)
from communique.mentions.quote_cue_clauses import (
    describes_quoted,
    governing,
    only_attribution,
    subjectless_infinitive,
    takes_own_content,
)
from communique.mentions.quote_cue_labels import colon_label, dash_label
from communique.mentions.quote_cue_words import CueWords, negated
from communique.mentions.quote_outer import outer_name
from communique.mentions.quote_shapes import reshaped, shaped_after
from communique.mentions.quote_tree import (
    DASHES,
    SENTENCE_END,
    clause_verb,
    depth,
    ends_with_full_stop,
    first_line,
    is_name,
    is_speakerish,
    opens_sentence,
    passive,
    subject as _subject,
    token_at,
    tokens as _tokens,
)
from communique.nlp.tree import passive_agent

AFTER_CUE_WINDOW = 10  # tokens after a closing mark in which "he said" may stand


class CueFinder(CueWords):
    """Finds the cue and speaker of quoted runs in one parsed document."""

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
        # A line break ends the window: the next line is a sentence of its own, not an attribution.
        tokens = first_line(doc, start, end)
        if not tokens:
            return None
        found = self._after(doc, tokens, end, open_at, marks)
        if found is not None and found.speaker is not None and found.cue is None:
            return found  # '"..." - Commissioner X'
        return reshaped(found, shaped_after(tokens, self._cue_word))

    def _after(
        self, doc: Doc, tokens: list[Token], end: int, open_at: int | None, marks: QuotedText | None
    ) -> Attribution | None:
        if tokens[0].text in DASHES and len(tokens) > 1 and is_name(tokens[1]):
            return speaker_only(tokens[1])
        if tokens[0].is_sent_start and ends_with_full_stop(doc, tokens[0].i) and not self.bare_cue(tokens[0].sent):
            return None  # '...respite.” ISIS soldiers mock ...': a new sentence, not an attribution
        for n, tok in enumerate(tokens):
            if tok.text in SENTENCE_END:
                return None
            if tok.lower_ == "according":
                return according(tok)
            if not self.is_cue(tok) or takes_own_content(tok, end) or subjectless_infinitive(tok, marks):
                continue  # '"perfect opportunity" to call attention to ...': no attribution
            if describes_quoted(tok, marks):
                continue  # 'a "paperwork error" that was reported in ...': the clause is about the words
            if open_at is not None and tok.lemma_ == "put" and self.reported_before(doc, open_at):
                return None  # 'X urged ..., saying Y would "...," as Z put it': X's clause reports the words
            subject = _subject(tok)
            if open_at is not None and subject is not None and self.framed_on(doc, subject, open_at):
                return None  # 'Roffman, who estimates that costs were "...," described ...': who's words
            if not only_attribution(tokens[:n], tok, subject, opens_sentence(doc, open_at)):
                return None  # "..." but pledged: another clause, not this quote's attribution
            leading_name = (
                n > 0 and (subject is None or subject.i > tok.i) and is_name(tokens[0]) and tokens[0].lower_ != "it"
            )
            if leading_name:
                # '"...," Brent Bozell III, founder of X, tells ...': the parser hung the name on a
                # quoted word, but the name right after the mark is the one speaking.
                named = speaker_only(tokens[0])
                found = Attribution((tok.idx, tok.idx + len(tok.text)), named.speaker, named.head, tok.i)
            else:
                found = from_verb(tok, tokens, marks)
            if n < AFTER_CUE_WINDOW:
                return found
            # Beyond the window only after a long speaker NP: "..., X, director of Y, said".
            if subject is not None and subject.left_edge.i <= tokens[0].i + 1:
                return found
            if leading_name and not any(clause_verb(t) for t in tokens[:n]):
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
            if tokens[n].text in SENTENCE_END:
                if n == len(tokens) - 1:
                    return self._short_lead(tokens[:n])
                tokens = tokens[n + 1 :]
                break
        if not tokens:
            return None
        labelled = dash_label(tokens)
        if labelled is not None:
            return labelled
        cues = [t for t in tokens if (self.is_cue(t) or t.lower_ == "according") and t.i != used]
        cues = sorted(cues + self._framing(doc, tokens, quoted), key=lambda t: t.i)
        if cues:
            chosen = self._choose(doc, cues, quoted, end)
            if chosen.lower_ == "according":
                return according(chosen)
            if put_question(chosen, end):
                return attribution(chosen, passive_agent(chosen))
            named = outer_name(chosen, end, marks)
            if named is not None:
                return attribution(chosen, named)
            return from_verb(chosen, tokens, marks)
        return colon_label(tokens, marks)

    def question(self, doc: Doc, quoted: int, open_at: int) -> Attribution | None:
        """The asker of a quote inside a question put to someone ("Asked whether X is "fit", 75
        percent said yes", "Asked by Thrush if ..."): the participle's agent, or no speaker; the
        one answering, whose cue may follow the quote, did not say the quoted words."""
        inside = token_at(doc, quoted)
        if inside is None:
            return None
        for verb in inside.ancestors:
            if put_question(verb, open_at):
                return attribution(verb, passive_agent(verb))
            if verb.idx < open_at and self.is_cue(verb) and _subject(verb) is not None:
                return None  # "When asked why, Sembler responded: "..."": the answer has its own cue
        return None

    def trailing(self, doc: Doc, quoted: int, close_at: int, marks: QuotedText) -> Attribution | None:
        """A reporting verb later in the quote's sentence that governs the quoted words.

        '"...extremely unlikely" that Sanders can catch Clinton, said Steve Elmendorf.': the
        words between the mark and the cue finish the reported sentence, so `after` (which wants
        only the speaker there) passes over it; the parse still hangs the quote from `said`.
        """
        inside = token_at(doc, quoted)
        if inside is None:
            return None
        found: Token | None = None
        for verb in inside.ancestors:
            if verb.idx > close_at and verb.idx not in marks and self.is_cue(verb) and not passive(verb):
                found = verb  # the outermost: "..." that X said, Y said -> Y
        if found is None:
            return None
        window = [t for t in found.sent if t.idx > close_at and not t.is_space]
        return from_verb(found, window, marks)

    def _framing(self, doc: Doc, tokens: list[Token], quoted: int | None) -> list[Token]:
        """Framing verbs among `tokens` that govern the first quoted word ("referred to them as")."""
        inside = token_at(doc, quoted) if quoted is not None else None
        if inside is None:
            return []
        return [t for t in tokens if self.frames(t, inside)]

    def _short_lead(self, tokens: list[Token]) -> Attribution | None:
        """`..., Schiff said. "The other ..."`: a sentence ending in its own attribution leads in;
        `He didn't suggest retaliation. "..."` does not (a denied act reports no words)."""
        tail = tokens[-4:]
        for tok in reversed(tail):
            if self.is_cue(tok) and not negated(tok) and not any(c.dep_ == "ccomp" for c in tok.children):
                subject = _subject(tok)
                if subject is not None and subject.i >= tail[0].i - 1:
                    return attribution(tok, subject)
        return None

    def _choose(self, doc: Doc, cues: list[Token], quoted: int | None, open_at: int) -> Token:
        if quoted is not None:
            inside = token_at(doc, quoted)
            if inside is not None:
                above = governing(inside, {c.i for c in cues})
                outer = [c for c in cues if c.i in above]
                if outer:
                    asked = [c for c in outer if put_question(c, open_at)]
                    if asked:
                        return asked[0]  # "Asked whether X is "fit", 75 percent said yes": the asker's words
                    chosen = min(outer, key=depth)
                    # "Mr. Obama said, Americans have come to believe "...": the parenthetical
                    # speech verb reports the whole sentence, an attitude verb inside it does not.
                    # A relative clause names its own speaker ("X said ..., which he called "..."").
                    heads = [c for c in cues if c.dep_ in ("ROOT", "parataxis") and self._says(c)]
                    if not self._says(chosen) and chosen.dep_ != "relcl" and heads:
                        return heads[0]
                    return chosen
        for cue in reversed(cues):
            subject = _subject(cue)
            if subject is not None and is_speakerish(subject):
                return cue
        return cues[-1]

