"""Quotes: who said what, in quotation marks (direct) or reported ("X said that ...").

The stage reads quotation marks into runs (`quote_marks`), transcript labels into turns
(`quote_transcript`), finds each run's cue (`quote_cues`) and the words naming its speaker
(`quote_attribution`; `quote_context`, `quote_neighbours` and `quote_layout` for a quote with no
cue beside it), drops titles and scare quotes (`quote_runs`), joins runs that belong to one quote
(`quote_drafts` holds the drafts being joined), resolves speakers to actors (`quote_speakers`),
then reads reported speech in the sentences left without quotation marks (`quote_reported`).

Joining runs: pieces interrupted by their attribution (`"X," he said. "Y."`), partial quotes that
share one cue, and a quote running over paragraphs are one `Quote` with several `parts`. A short
run (three words or fewer) with no cue is a scare quote or a title ("the so-called "reset"") and is
dropped, as is a short run in title case ("Fox News Sunday").

Example:
    >>> extractor = QuoteExtractor()  # doctest: +SKIP
    >>> quotes = extractor(analysis, mentions)  # doctest: +SKIP
"""

from __future__ import annotations

from communique.mentions.quote_attribution import Attribution, QuotedText
from communique.mentions.quote_context import ContextFinder
from communique.mentions.quote_cues import CueFinder
from communique.mentions.quote_drafts import Draft, carried, reported_drafts, resumes_after_cue, to_quotes
from communique.mentions.quote_layout import dash_signature, digest_heading, own_signature
from communique.mentions.quote_lexicon import QuoteWords, SpeechVerbs
from communique.mentions.quote_marks import QuotedRun, find_runs, paragraphs
from communique.mentions.quote_neighbours import NeighbourFinder
from communique.mentions.quote_nested import document_owner, outer_source
from communique.mentions.quote_runs import SCARE_QUOTE_MAX_WORDS, inside_turn, spoken, title_case, window_end
from communique.mentions.quote_transcript import find_turns
from communique.mentions.quote_tree import SENTENCE_END, opens_sentence
from communique.nlp.analysis import Analysis
from communique.types import Mentions, Quote

class QuoteExtractor:
    """Direct and reported quotes of a document, with cues and resolved speakers.

    Example:
        >>> extractor = QuoteExtractor()  # doctest: +SKIP
        >>> [q.text for q in extractor(analysis, mentions)]  # doctest: +SKIP
        ['We will deepen our partnership']
    """

    name = "quotes.rules.v1"

    def __init__(self, verbs: SpeechVerbs | None = None, reported: bool = True) -> None:
        self.verbs = verbs or SpeechVerbs.load()
        self.words = QuoteWords.load()
        self.cues = CueFinder(self.verbs)
        self.context = ContextFinder(self.cues)
        self.neighbours = NeighbourFinder(self.cues)
        self.reported = reported

    def __call__(self, analysis: Analysis, mentions: Mentions) -> tuple[Quote, ...]:
        text = analysis.text
        paras = paragraphs(text)
        turns = find_turns(text, paras)
        turn_ranges = [(t.label.start, t.end) for t in turns]
        runs = [r for r in find_runs(text, paras) if not inside_turn(r.open_at, turn_ranges)]
        drafts = [
            Draft([(t.start, t.end)], Attribution(None, (t.label.start, t.label.end), None, None), -1)
            for t in turns
        ]
        drafts.extend(self._direct(analysis, mentions, runs, paras))
        if self.reported:
            drafts.extend(reported_drafts(analysis, self.verbs, drafts))
        drafts.sort(key=lambda d: d.parts[0][0])
        return to_quotes(analysis, mentions, drafts)

    def _direct(self, analysis: Analysis, mentions: Mentions, runs: list[QuotedRun], paras) -> list[Draft]:
        text, doc = analysis.text, analysis.doc
        marks = QuotedText((r.open_at, r.outer_end) for r in runs)
        drafts: list[Draft] = []
        bound = (-1, 0)  # (paragraph, end) of the last run kept: a cue is looked for after it
        for n, run in enumerate(runs):
            para = paras[run.paragraph]
            prev_end = bound[1] if bound[0] == run.paragraph else para.start
            next_open = window_end(text, runs, n, para.end)
            last = drafts[-1] if drafts else None
            if run.continues and last is not None and not self._cued_anew(doc, run, last, next_open, marks):
                bound = (run.paragraph, run.outer_end)
                last.parts.append((run.start, run.end))
                last.paragraph = run.paragraph
                if last.attribution is None:
                    last.attribution = self.cues.after(doc, run.outer_end, next_open, marks=marks) or self._signed(
                        analysis, run, paras
                    )
                continue
            words = text[run.start : run.end].split()
            short = len(words) <= SCARE_QUOTE_MAX_WORDS
            if short and title_case(words) and not (spoken(words) and self._cued_after(doc, run, next_open, marks)):
                continue  # a title ("Shark Tank"), not '"Meh," wrote a supporter'
            bound = (run.paragraph, run.outer_end)
            found = self.cues.question(doc, run.start, run.open_at)
            if found is None and run.close_at is not None:
                found = self.cues.after(doc, run.outer_end, next_open, run.open_at, marks)
            if found is None:
                used = last.attribution.cue_index if last is not None and last.attribution else None
                found = self.cues.before(doc, prev_end, run.open_at, run.start, used, marks)
            if found is None and prev_end == para.start and run.paragraph > 0:
                found = self._colon_lead_in(analysis, paras[run.paragraph - 1], run.open_at)
            end = run.end
            if found is None and (signed := own_signature(doc, run.start, run.end)) is not None:
                found, end = signed  # '"...bomb.\nDonald Trump."': the last line is no quoted word
            if found is None:
                found = self._signed(analysis, run, paras)
            if found is not None:
                found = document_owner(doc, outer_source(doc, found, marks, self.words), marks, self.words)
                if last is not None and last.attribution is not None and found.cue_index is not None and (
                    last.attribution.cue_index == found.cue_index
                ):
                    last.parts.append((run.start, run.end))  # partial quotes sharing one cue
                    continue
                drafts.append(Draft([(run.start, end)], found, run.paragraph))
                continue
            if last is not None and last.paragraph == run.paragraph and last.direct:
                between = text[last.parts[-1][1] : run.open_at]
                if not short or not any(p in between for p in SENTENCE_END):
                    last.parts.append((run.start, run.end))  # "X," he said. "Y."
                    continue
            if not short and resumes_after_cue(doc, last, run, paras):
                last.parts.append((run.start, run.end))  # '"...," X said.' then a paragraph '"..."'
                last.paragraph = run.paragraph
                continue
            if not short:
                # after the joins above: a run that continues the quote before it is not cued later
                # The sentence leading into the quote may hold a dropped scare quote ("Face the Nation"):
                # it is read from the last quote kept, not from the last run.
                kept_end = last.parts[-1][1] if last is not None and last.paragraph == run.paragraph else para.start
                found = self._uncued(doc, run, paras, kept_end, next_open, marks)
                found = found or carried(doc, last, run, mentions, marks)
                drafts.append(Draft([(run.start, run.end)], found, run.paragraph))
        return drafts

    def _cued_anew(self, doc, run: QuotedRun, last: Draft, next_open: int, marks: QuotedText) -> bool:
        """True when a run going on a quote left open has a cue of its own, and that quote had one.

        '"...," Rubio said. "But presidents ... world.' then a paragraph '"I'm not ...," he
        continued.': the reporter attributes the new paragraph anew, and PolNeAR marks it as a quote
        of its own with its own local speaker. A quote still without a cue takes the later one.
        """
        if last.attribution is None or run.close_at is None:
            return False
        return self.cues.after(doc, run.outer_end, next_open, run.open_at, marks) is not None

    def _cued_after(self, doc, run: QuotedRun, next_open: int, marks: QuotedText) -> bool:
        """True when the run opens its sentence and a reporting verb and its speaker follow it."""
        if run.close_at is None or not opens_sentence(doc, run.open_at):
            return False
        found = self.cues.after(doc, run.outer_end, next_open, run.open_at, marks)
        return found is not None and found.cue is not None and found.speaker is not None

    def _uncued(
        self, doc, run: QuotedRun, paras, prev_end: int, next_open: int, marks: QuotedText
    ) -> Attribution | None:
        """The speaker of a quote with no cue beside it: a cue later in its sentence, the clause it
        hangs from, else the sentence or paragraph that leads into it."""
        trailing = self.cues.trailing(doc, run.start, run.close_at, marks) if run.close_at else None
        if trailing is None and run.close_at is not None:
            trailing = self.context.closing(doc, run.outer_end, next_open, marks)
        if trailing is not None:
            return outer_source(doc, trailing, marks, self.words)
        found = self.context.governing(doc, run.start, run.open_at, marks) or self.context.lead_clause(
            doc, run.open_at, marks
        )
        if found is not None:
            return found
        found = self.neighbours.colon_clause(doc, prev_end, run.open_at, marks)
        if found is not None:
            return found
        para = paras[run.paragraph]
        if run.open_at > para.start:
            return (
                digest_heading(doc, para.start, run.open_at)
                or self.neighbours.previous_sentence(doc, prev_end, run.open_at, marks)
                or self.neighbours.sentence_before_own(doc, prev_end, run.open_at, marks)
            )
        if run.paragraph == 0:
            return None
        before = paras[run.paragraph - 1]
        return self.neighbours.paragraph_lead(
            doc, before.start, before.end, marks
        ) or self.neighbours.previous_sentence(doc, before.start, run.open_at, marks)

    def _signed(self, analysis: Analysis, run: QuotedRun, paras) -> Attribution | None:
        """A quote closing its paragraph, signed by the next one (`- Clinton.`)."""
        para = paras[run.paragraph]
        if run.close_at is None or run.paragraph + 1 >= len(paras) or analysis.text[run.outer_end : para.end].strip():
            return None
        after = paras[run.paragraph + 1]
        return dash_signature(analysis.doc, after.start, after.end)

    def _colon_lead_in(self, analysis: Analysis, para, open_at: int) -> Attribution | None:
        """`X said:` closing the previous paragraph introduces a quote that opens this one."""
        lead = analysis.text[para.start : para.end].rstrip()
        if not lead.endswith(":"):
            return None
        return self.neighbours.lead_in(analysis.doc, para.start, para.start + len(lead))
