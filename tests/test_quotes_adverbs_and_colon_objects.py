"""Quote speakers: clause-opening adverbs and names that are objects before a colon."""

from __future__ import annotations

from quote_helpers import speaker_of


def test_cue_opened_by_when_is_a_clause_of_its_own(nlp, quote_extractor):
    text = 'Ambassador Lena Varga said the envoy was "entirely correct" when he said on Friday that the talks would resume.'
    assert speaker_of(nlp, quote_extractor, text, "entirely correct") == "Ambassador Lena Varga"


def test_name_as_object_before_a_colon_is_not_the_speaker(nlp, quote_extractor):
    text = 'Senator Ruth Abara delivered a sharp warning to Moscow: "Stop the shelling now or face new sanctions."'
    assert speaker_of(nlp, quote_extractor, text, "Stop the shelling") == "Senator Ruth Abara"


def test_quoting_someone_before_a_colon_is_the_quoter_speaking(nlp, quote_extractor):
    text = 'In his new book, Piet Mol quotes the former trade minister Ana Reyes: "Tariffs are a tax on our own people."'
    assert speaker_of(nlp, quote_extractor, text, "Tariffs are a tax") == "Piet Mol"


def test_a_label_before_a_colon_still_speaks(nlp, quote_extractor):
    text = 'Minister Okafor: "We will not sign this agreement in its present form."'
    assert speaker_of(nlp, quote_extractor, text, "We will not sign") == "Minister Okafor"


def test_document_issued_by_a_named_speaker_is_that_speakers_quote(nlp, quote_extractor):
    text = 'Minister Okafor released a video that said, "Our borders will stay open to trade."'
    assert speaker_of(nlp, quote_extractor, text, "Our borders") == "Minister Okafor"


def test_document_with_no_issuer_keeps_its_own_speaker(nlp, quote_extractor):
    text = 'A statement from the ministry said, "Our borders will stay open to trade."'
    assert speaker_of(nlp, quote_extractor, text, "Our borders") == "A statement"
