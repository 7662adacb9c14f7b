"""The whole diplomatic-meetings corpus reads into valid records (slow: 213 real documents)."""

from __future__ import annotations

import jsonschema
import pytest

from communique.errors import InputError
from communique.record import to_dict
from communique.schema import record_schema

pytestmark = pytest.mark.slow


def test_every_corpus_file_gives_a_record(meeting_results):
    failures = {name: str(r) for name, r in meeting_results.items() if isinstance(r, InputError)}
    assert not failures
    assert len(meeting_results) == 213


def test_every_corpus_record_validates_against_the_schema(meeting_results):
    validator = jsonschema.Draft202012Validator(record_schema())
    for name, record in meeting_results.items():
        errors = list(validator.iter_errors(to_dict(record)))
        assert not errors, f"{name}: {errors[0].message}"


def test_every_span_in_a_corpus_record_matches_its_text(meeting_results):
    for name, record in meeting_results.items():
        text = record.document.text
        spans = [m for a in record.actors for m in a.mentions]
        spans += [m for p in record.places for m in p.mentions]
        spans += [d.span for d in record.dates] + [q.span for q in record.quotes]
        spans += [e.trigger for e in record.events] + [e.sentence for e in record.events]
        spans += [s for e in record.engagements for s in e.evidence]
        for span in spans:
            assert text[span.start:span.end] == span.text, f"{name}: {span}"


def test_corpus_records_point_only_at_ids_they_define(meeting_results):
    for name, record in meeting_results.items():
        actors = {a.id for a in record.actors}
        places = {p.id for p in record.places}
        engagements = {e.id for e in record.engagements}
        for e in record.engagements:
            assert {p.actor for p in e.participants} <= actors, name
            assert e.place is None or e.place in places, name
        for o in record.outcomes:
            assert set(o.parties) | set(o.addressees) <= actors, name
            assert o.engagement is None or o.engagement in engagements, name
        for q in record.quotes:
            assert q.speaker is None or q.speaker in actors, name
        for ev in record.events:
            assert set(ev.source) | set(ev.target) <= actors, name
