"""Mark reading: which marks quote, and how they pair. Sentences written for these tests."""

from __future__ import annotations

from quote_helpers import quotes

from communique.mentions.quote_marks import find_runs


def _runs(text: str) -> list[str]:
    return [text[r.start : r.end] for r in find_runs(text)]


def test_marks_inside_a_markup_tag_delimit_attributes_not_quotes():
    text = (
        "The mayor posted a reply.\n\n"
        '<post id="90210" author="@cityhall" date="2021-03-04">We will rebuild the bridge by spring.</post>'
    )
    assert _runs(text) == []


def test_a_quote_inside_the_text_of_a_markup_element_is_still_read():
    text = 'Intro line.\n\n<post id="7" author="@ana">Ana wrote "never again" to her staff.</post>'
    assert _runs(text) == ["never again"]


def test_tagged_post_yields_no_quote_from_its_attributes(nlp, quote_extractor):
    text = (
        "The governor answered online within minutes.\n\n"
        '<post author="govoffice" stamp="1600000000" post_id="5551234">Crews are on the way to the valley.</post>'
    )
    assert [q.text for q in quotes(nlp, quote_extractor, text)] == []


def test_curly_quote_within_a_curly_quote_nests_instead_of_restarting():
    text = "The chair wrote: “Members were told the budget is “fully funded” until June, and they believed it.”"
    assert _runs(text) == ["Members were told the budget is “fully funded” until June, and they believed it."]


def test_straight_quote_within_a_straight_quote_nests():
    text = 'The pilot said, "Then the tower told us "hold short" and we waited." Nobody moved.'
    assert _runs(text) == ['Then the tower told us "hold short" and we waited.']


def test_second_opening_mark_with_one_closing_mark_after_it_restarts_the_quote():
    # The first quote was never closed: the words after the second mark are the quote.
    text = "He had warned of “a long winter. Then she said, “we are ready for it.”"
    assert _runs(text) == ["we are ready for it."]


def test_doubled_opening_marks_open_one_quote():
    text = "\"“We will vote no,” the senator said, before leaving the chamber.\""
    assert _runs(text)[0] == "We will vote no,"


def test_nested_quote_keeps_the_cue_of_the_outer_quote(nlp, quote_extractor):
    text = "“The sign said “closed for repairs” when we arrived,” Ms. Ortega said."
    (quote,) = quotes(nlp, quote_extractor, text)
    assert quote.speaker_span.text == "Ms. Ortega"


def test_closing_glyph_at_a_paragraph_start_opens_the_quote():
    text = "The paper was blunt.\n\n” … the council has had two years to fix the road,” the editors wrote."
    assert _runs(text) == ["… the council has had two years to fix the road,"]


def test_invisible_direction_mark_before_a_quote_reads_as_a_space():
    text = "Readers answered.\n\n\u202a”Keep going, we are with you!!” wrote one reader."
    assert _runs(text) == ["Keep going, we are with you!!"]


def test_quote_after_an_invisible_mark_gets_its_cue(nlp, quote_extractor):
    text = "Readers answered.\n\n\u202a”Keep going, we are with you!!” wrote Dana Ruiz."
    (quote,) = quotes(nlp, quote_extractor, text)
    assert quote.speaker_span.text == "Dana Ruiz"


def test_markup_tag_with_a_line_break_inside_still_hides_its_marks():
    text = 'The reply came fast.\n\n<post author="@ana" date="May 2, 2020\n">See you all in court.</post>'
    assert _runs(text) == []


def test_straight_opening_mark_after_an_unclosed_straight_quote_restarts_it():
    text = '"Without more money for the clinic, she added, "we will close in March."'
    assert _runs(text) == ["we will close in March."]


def test_restarted_quote_takes_the_cue_left_outside_it(nlp, quote_extractor):
    text = 'The mayor spoke last.\n\n"Without more money for the clinic, she added, "we will close in March."'
    (quote,) = quotes(nlp, quote_extractor, text)
    assert quote.speaker_span.text == "she"


def test_upper_case_kicker_in_a_headline_is_no_speaker(nlp, quote_extractor):
    text = (
        "EXCLUSIVE: Port Deal Stalls After Late Objection.\n\n"
        "The harbour board delayed its vote on Tuesday, citing missing documents."
    )
    assert quotes(nlp, quote_extractor, text) == []


def test_headline_label_before_a_quoted_headline_still_speaks(nlp, quote_extractor):
    text = 'MAYOR LIND: "We Will Reopen The Bridge"\n\nThe bridge has been closed since the flood in March.'
    (quote,) = quotes(nlp, quote_extractor, text)
    assert quote.speaker_span is not None and "LIND" in quote.speaker_span.text


def test_transcript_labels_after_the_headline_are_still_turns(nlp, quote_extractor):
    text = (
        "Interview With The Mayor.\n\n"
        "Q: Will the bridge reopen this year?\n\n"
        "MAYOR LIND: It will, before the winter."
    )
    assert [q.speaker_span.text for q in quotes(nlp, quote_extractor, text)] == ["Q", "MAYOR LIND"]


def test_single_mark_before_a_digit_in_a_headline_is_an_elision():
    text = "Budget Gap to Widen in '27 as Costs Rise.\n\nThe office published its forecast on Monday."
    assert _runs(text) == []


def test_headline_single_quote_after_an_elision_is_still_read():
    text = "Mayor Calls '90s Plan 'a Mistake' in Interview.\n\nShe spoke on Monday."
    assert _runs(text) == ["a Mistake"]
