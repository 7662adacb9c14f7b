"""A quote closing its paragraph, signed by a short dash line after it. Texts written for these tests."""

from __future__ import annotations

from quote_helpers import speaker_of


def test_dash_line_after_a_quote_paragraph_names_its_speaker(nlp, quote_extractor):
    text = (
        '"We came to Geneva to end this war, not to manage it."\n\n'
        "- Foreign Minister Ana Reyes, at the opening session."
    )
    assert speaker_of(nlp, quote_extractor, text, "end this war") == "Foreign Minister Ana Reyes"


def test_dash_glued_to_the_title_is_not_part_of_the_speaker(nlp, quote_extractor):
    text = '"We came to Geneva to end this war, not to manage it."\n\n-Ambassador Tomas Greer.'
    assert speaker_of(nlp, quote_extractor, text, "end this war") == "Ambassador Tomas Greer"


def test_dash_paragraph_of_narrative_signs_nothing(nlp, quote_extractor):
    text = (
        'The delegates stood as the anthem played. "We came to Geneva to end this war, not to manage it."\n\n'
        "- The talks resume on Monday morning in the old conference hall."
    )
    assert speaker_of(nlp, quote_extractor, text, "end this war") is None
