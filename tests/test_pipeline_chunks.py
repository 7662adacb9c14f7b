"""Long documents are parsed in pieces cut at blank lines and joined back into one Doc."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from communique.nlp import load_nlp
from communique.nlp.chunks import join_pieces, piece_bounds, pipe_pieces
from communique.pipeline import Pipeline
from communique.record import to_dict
from communique.types import Document

_PARAGRAPHS = (
    "Japan and India held talks in Tokyo on Monday, the foreign ministry said.",
    "QUESTION: Will the two sides sign a trade agreement this year?",
    "FOREIGN MINISTER: We discussed supply chains and maritime security with our "
    "Indian partners, and we agreed to meet again in New Delhi in October.",
    "The ministers condemned the missile launch by North Korea and called for restraint.",
    "Australia welcomed the outcome. \n\n  The European Union said it would send observers.",
)


def _long_text(paragraphs: int = 60, kinds: tuple[str, ...] = _PARAGRAPHS) -> str:
    """A synthetic transcript: varied paragraphs, blank-line separated, some odd whitespace."""
    parts = [f"{kinds[i % len(kinds)]} (Item {i}.)" for i in range(paragraphs)]
    separators = ("\n\n", "\n \n", " \n\n\n", "\n\n\t")
    return "".join(part + separators[i % len(separators)] for i, part in enumerate(parts)) + "End."


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.fixture(scope="module")
def long_text() -> str:
    return _long_text()


def test_short_text_is_one_piece():
    assert piece_bounds("One.\n\nTwo.", 100) == [(0, 10)]


def test_pieces_tile_the_text_and_end_after_blank_lines(long_text):
    bounds = piece_bounds(long_text, 1_000)
    assert len(bounds) > 5
    assert bounds[0][0] == 0 and bounds[-1][1] == len(long_text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))
    for start, end in bounds[:-1]:
        assert end - start <= 1_000
        assert long_text[:end].rstrip(" \t").endswith("\n") or long_text[:end][-1].isspace()
        assert long_text[:end].rstrip().count("\n") < long_text[:end].count("\n")
        assert not long_text[end].isspace()


def test_single_giant_paragraph_stays_whole():
    giant = "word " * 500
    text = f"Intro.\n\n{giant}\n\nOutro."
    bounds = piece_bounds(text, 100)
    assert [text[s:e] for s, e in bounds] == ["Intro.\n\n", f"{giant}\n\n", "Outro."]


def test_single_line_breaks_are_never_cut():
    text = "line one\nline two\n" * 50
    assert piece_bounds(text, 100) == [(0, len(text))]


def test_chunked_doc_has_the_documents_text_tokens_and_offsets(nlp, long_text):
    whole = nlp(long_text)
    (chunked, _), = pipe_pieces(nlp, [(long_text, None)], batch_size=4, max_chars=1_000)
    assert chunked.text == long_text
    assert [(t.idx, t.text, t.whitespace_) for t in chunked] == [
        (t.idx, t.text, t.whitespace_) for t in whole
    ]
    # Every paragraph starts a sentence, a seam included; elsewhere the parser decides.
    paragraph_starts = [t.i + 1 for t in chunked[:-1] if t.is_space and t.text.count("\n") >= 2]
    assert len(paragraph_starts) >= 59
    assert all(chunked[i].is_sent_start for i in paragraph_starts)


def test_entities_next_to_seams_are_kept_with_their_ids(nlp, long_text):
    (chunked, _), = pipe_pieces(nlp, [(long_text, None)], batch_size=4, max_chars=1_000)
    starts = {start for start, _ in piece_bounds(long_text, 1_000)[1:]}
    seam_entities = [e for e in chunked.ents if e.start_char in starts]
    assert seam_entities, "the fixture should put an entity right after a seam"
    for ent in chunked.ents:
        assert long_text[ent.start_char:ent.end_char] == ent.text
    japan = [e for e in chunked.ents if e.text == "Japan"]
    assert japan and all(e.ent_id_ == "country:JPN" for e in japan)


def test_records_are_identical_chunked_and_whole():
    # Reported news paragraphs: nothing at a seam leans on the paragraph before it. (A
    # transcript's "QUESTION: Will ..." after a seam can parse as one sentence instead of two:
    # the models see a few tokens across a blank line; see communique.nlp.chunks.)
    news = tuple(p for p in _PARAGRAPHS if not p.isupper() and ":" not in p)
    document = Document(id="long", text=_long_text(kinds=news), source="synthetic")
    whole = next(Pipeline(chunk_chars=0).extract_many([document]))
    chunked = next(Pipeline(chunk_chars=1_000).extract_many([document]))
    assert to_dict(chunked) == to_dict(whole)


def test_many_documents_come_back_in_order_with_their_context(nlp, long_text):
    texts = ["Short one.", long_text, "Another short one.\n\nTwo paragraphs.", long_text[:3_000]]
    out = list(pipe_pieces(nlp, [(t, i) for i, t in enumerate(texts)], batch_size=3, max_chars=800))
    assert [i for _, i in out] == [0, 1, 2, 3]
    assert [doc.text for doc, _ in out] == texts


def test_spans_and_extension_values_move_to_document_offsets(nlp):
    if not Span.has_extension("chunk_test_note"):
        Span.set_extension("chunk_test_note", default=None)
    first, second = nlp("Talks in Tokyo.\n\n"), nlp("Japan and India met.")
    second.spans["test"] = [second[0:1]]
    second[2:3]._.chunk_test_note = "partner"
    joined = join_pieces([first, second])
    offset = len(first.text)
    assert isinstance(joined, Doc)
    assert [(s.start_char, s.text) for s in joined.spans["test"]] == [(offset, "Japan")]
    india = joined.char_span(offset + 10, offset + 15)
    assert india is not None and india._.chunk_test_note == "partner"
