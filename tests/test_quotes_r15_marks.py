"""Round-15 mark reading: which marks quote, and how they pair. Sentences written for these tests."""

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
