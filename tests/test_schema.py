"""The published JSON Schema and the records communique emits agree."""

from __future__ import annotations

import json

import jsonschema
import pytest
from click.testing import CliRunner

from communique.cli.main import cli
from communique.record import to_dict, to_json
from communique.schema import record_schema
from communique.types import SCHEMA_ID, Actor, Document, Record, Span

from conftest import SEED


def test_schema_is_valid_draft_2020_12():
    jsonschema.Draft202012Validator.check_schema(record_schema())


def test_schema_command_prints_the_schema():
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output)["title"] == SCHEMA_ID


def test_record_json_starts_with_schema_id_and_round_trips():
    record = Record(
        Document(id="d1", text="India spoke.", source="-"),
        actors=(Actor("a1", "India", "state", "IND", None, "government", (Span(0, 5, "India"),)),),
    )
    data = json.loads(to_json(record))
    assert next(iter(data)) == "schema"
    assert data["actors"][0]["mentions"][0] == {"start": 0, "end": 5, "text": "India"}
    jsonschema.validate(data, record_schema())


def test_schema_rejects_unknown_actor_kind():
    record = to_dict(Record(Document(id="d1", text="x", source="-"),
                            actors=(Actor("a1", "X", "person", None, None, None, ()),)))
    record["actors"][0]["kind"] = "robot"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, record_schema())


SENTENCES = [
    "Prime Minister Narendra Modi met President Joe Biden at the White House on Friday.",
    '"We will not back down," Chancellor Olaf Scholz told reporters in Berlin on 3 May 2023.',
    "PRESIDENT BIDEN: Thank you all.\nPRIME MINISTER KISHIDA: It is an honour to be here.",
    "The two sides agreed to hold the next round of talks in Hanoi in March.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_every_emitted_record_validates(pipeline, text):
    from communique.ingest import document_from_text

    record = pipeline.extract(document_from_text(text, source="-", published="2023-05-04"))
    jsonschema.validate(to_dict(record), record_schema())


@pytest.mark.slow
def test_seed_record_validates(pipeline):
    from communique.ingest import read_path

    if not SEED.exists():
        pytest.skip("seed not available")
    (document,) = read_path(str(SEED))
    jsonschema.validate(to_dict(pipeline.extract(document)), record_schema())
