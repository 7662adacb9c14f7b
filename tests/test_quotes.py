"""Quotes: each quoting form on sentences written for these tests."""

from __future__ import annotations

import pytest

from communique.mentions.quote_lexicon import SpeechVerbs
from communique.mentions.quote_marks import find_runs
from communique.mentions.quotes import QuoteExtractor
from communique.nlp import Analysis
from communique.types import Actor, Document, Mentions, Quote, Span

NO_MENTIONS = Mentions(actors=(), places=(), dates=())


@pytest.fixture(scope="module")
def extractor():
    return QuoteExtractor()


def analyse(nlp, text: str) -> Analysis:
    return Analysis(Document(id="t", text=text, source="test"), nlp(text))


def direct(nlp, extractor, text: str, mentions: Mentions = NO_MENTIONS) -> list[Quote]:
    return [q for q in extractor(analyse(nlp, text), mentions) if q.direct]


def person(actor_id: str, name: str, text: str, *surfaces: str) -> Actor:
    spans = []
    for surface in surfaces:
        at = -1
        while (at := text.find(surface, at + 1)) >= 0:
            spans.append(Span(at, at + len(surface), surface))
    return Actor(actor_id, name, "person", None, None, None, tuple(sorted(spans, key=lambda s: s.start)))


@pytest.mark.parametrize(
    ("text", "quoted", "speaker", "cue"),
    [
        ('"We will keep talking," he said.', "We will keep talking,", "he", "said"),
        ('"The talks were useful," said Foreign Minister Ana Lopez.', "The talks were useful,", "Foreign Minister Ana Lopez", "said"),
        ('The minister said: "Our borders stay open to trade."', "Our borders stay open to trade.", "The minister", "said"),
        ('The envoy told reporters "the ceasefire must hold" before leaving.', "the ceasefire must hold", "The envoy", "told"),
        ("“Both sides showed restraint,” she said.", "Both sides showed restraint,", "she", "said"),
        ("''The deal is done,'' the ambassador said.", "The deal is done,", "the ambassador", "said"),
    ],
)
def test_quote_forms_give_quoted_words_speaker_and_cue(nlp, extractor, text, quoted, speaker, cue):
    (quote,) = direct(nlp, extractor, text)
    assert quote.text == quoted
    assert quote.speaker_span is not None and quote.speaker_span.text == speaker
    assert quote.cue is not None and quote.cue.text == cue
    assert text[quote.span.start : quote.span.end] == quoted


def test_quote_followed_by_dash_and_title_names_the_speaker(nlp, extractor):
    text = '"Trade must be fair and open to all." - Commissioner Maria Berg'
    (quote,) = direct(nlp, extractor, text)
    assert quote.speaker_span is not None and "Berg" in quote.speaker_span.text
    assert quote.cue is None


def test_quote_interrupted_by_its_attribution_is_one_quote_in_two_parts(nlp, extractor):
    text = '"We have agreed on a roadmap," he said. "The next round will be in Geneva."'
    (quote,) = direct(nlp, extractor, text)
    assert [p.text for p in quote.parts] == ["We have agreed on a roadmap,", "The next round will be in Geneva."]
    assert quote.text == "We have agreed on a roadmap, The next round will be in Geneva."
    assert quote.span.start == quote.parts[0].start and quote.span.end == quote.parts[1].end


def test_adding_starts_a_second_quote_of_the_same_speaker(nlp, extractor):
    text = '"The meeting was frank," he said, adding "we will meet again next month."'
    quotes = direct(nlp, extractor, text)
    assert [q.cue.text for q in quotes if q.cue] == ["said", "adding"]
    assert all(q.speaker_span is not None and q.speaker_span.text == "he" for q in quotes)


def test_quote_left_open_at_paragraph_end_continues_into_next_paragraph(nlp, extractor):
    text = (
        'The president spoke at length.\n\n"We will not accept any change to the border by force.\n\n'
        '"Our partners stand with us on this," she said.'
    )
    (quote,) = direct(nlp, extractor, text)
    assert len(quote.parts) == 2
    assert quote.parts[0].text.startswith("We will not accept")
    assert quote.speaker_span is not None and quote.speaker_span.text == "she"


def test_headline_quotes_with_colon_and_single_marks(nlp, extractor):
    text = "Lopez: 'We are ready to sign the accord today'\n\nThe foreign minister spoke on Monday."
    quotes = direct(nlp, extractor, text)
    assert [q.text for q in quotes] == ["We are ready to sign the accord today"]
    assert quotes[0].speaker_span is not None and quotes[0].speaker_span.text == "Lopez"


def test_transcript_turns_are_direct_quotes_of_the_labelled_speaker(nlp, extractor):
    text = "PRESIDENT BIDEN: Thank you all for coming.\n\nQ: Will you meet the premier?\n\nPRESIDENT BIDEN: Yes, next week."
    quotes = direct(nlp, extractor, text)
    assert [(q.speaker_span.text, q.text) for q in quotes if q.speaker_span] == [
        ("PRESIDENT BIDEN", "Thank you all for coming."),
        ("Q", "Will you meet the premier?"),
        ("PRESIDENT BIDEN", "Yes, next week."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Officials hoped the so-called "reset" would last.',
        'He was interviewed on "Meet the Press" on Sunday.',
    ],
)
def test_scare_quotes_and_titles_are_not_quotes(nlp, extractor, text):
    assert direct(nlp, extractor, text) == []


def test_short_quote_with_a_cue_is_a_partial_quote(nlp, extractor):
    text = 'The prime minister called the vote "a historic mistake" on Tuesday.'
    (quote,) = direct(nlp, extractor, text)
    assert quote.text == "a historic mistake"
    assert quote.speaker_span is not None and quote.speaker_span.text == "The prime minister"


def test_joint_statement_as_speaker_keeps_the_noun_phrase_without_an_actor(nlp, extractor):
    text = '"Both countries reaffirmed their commitment to a free Indo-Pacific," the joint statement said.'
    (quote,) = direct(nlp, extractor, text)
    assert quote.speaker_span is not None and quote.speaker_span.text == "the joint statement"
    assert quote.speaker is None


def test_pronoun_speaker_resolves_to_earlier_named_person(nlp, extractor):
    text = (
        "External Affairs Minister S Jaishankar met Defence Minister Rajnath Singh in Delhi. "
        '"The partnership has matured," he said.'
    )
    mentions = Mentions(
        actors=(person("a1", "S. Jaishankar", text, "S Jaishankar"), person("a2", "Rajnath Singh", text, "Rajnath Singh")),
        places=(),
        dates=(),
    )
    (quote,) = direct(nlp, extractor, text, mentions)
    assert quote.speaker_span is not None and quote.speaker_span.text == "he"
    assert quote.speaker in {"a1", "a2"}


def test_she_skips_a_nearer_man_known_from_his_title(nlp, extractor):
    text = (
        "Foreign Secretary Joan Reyes met Mr. Tanaka in Tokyo on Monday. "
        '"We agreed to expand maritime cooperation," she said.'
    )
    mentions = Mentions(
        actors=(person("reyes", "Joan Reyes", text, "Joan Reyes"), person("tanaka", "Tanaka", text, "Tanaka")),
        places=(),
        dates=(),
    )
    (quote,) = direct(nlp, extractor, text, mentions)
    assert quote.speaker == "reyes"


def test_pronoun_prefers_the_previous_quotes_speaker(nlp, extractor):
    text = (
        '"The summit was a success," said Mr. Okafor. Mr. Lindqvist arrived later. '
        '"We will return next year," he said.'
    )
    mentions = Mentions(
        actors=(person("okafor", "Okafor", text, "Okafor"), person("lindqvist", "Lindqvist", text, "Lindqvist")),
        places=(),
        dates=(),
    )
    quotes = direct(nlp, extractor, text, mentions)
    assert [q.speaker for q in quotes] == ["okafor", "okafor"]


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        ("The minister said that the talks would resume in March.", "the talks would resume in March", "The minister"),
        ("According to the spokesperson, the delegation will arrive on Friday.", "the delegation will arrive on Friday", "the spokesperson"),
        ("Lopez told reporters the agreement covers fisheries.", "the agreement covers fisheries", "Lopez"),
        ("The ambassador stressed that sanctions remain in place.", "sanctions remain in place", "The ambassador"),
    ],
)
def test_reported_speech_is_indirect_with_the_reported_clause(nlp, extractor, text, clause, speaker):
    quotes = extractor(analyse(nlp, text), NO_MENTIONS)
    (quote,) = [q for q in quotes if not q.direct]
    assert quote.span.text == clause
    assert quote.speaker_span is not None and quote.speaker_span.text == speaker


def test_quote_records_have_offsets_into_the_text(nlp, extractor):
    text = 'Talks ended late. "It was a long night," the envoy said. Officials said that a deal was close.'
    for quote in extractor(analyse(nlp, text), NO_MENTIONS):
        assert text[quote.span.start : quote.span.end] == quote.span.text
        for part in quote.parts:
            assert text[part.start : part.end] == part.text


def test_apostrophes_are_not_quotation_marks_outside_headlines():
    text = "Intro line that is a headline.\n\nThe ministers' talks didn't end; the envoys' plan stands."
    assert find_runs(text) == ()


def test_speech_verb_lexicon_marks_reporting_verbs():
    verbs = SpeechVerbs.load()
    assert verbs.cues("say") and verbs.reports("say") and verbs.reports("stress")
    assert verbs.cues("believe") and not verbs.reports("believe")
    assert not verbs.cues("eat")
