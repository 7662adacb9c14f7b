"""An outcome stated twice in one document (a headline line restating the body) is one outcome
with two evidence spans; different commitments stay apart."""

from __future__ import annotations

import pytest

from communique.types import Document

TEXT = (
    "NEW DELHI, August 20, 2024 - Both sides also agree to prepare a new framework for security "
    "cooperation.\n\nThe ministers of India and Japan met in New Delhi on Tuesday. They also agreed "
    "to prepare a new framework for security cooperation. They agreed to hold joint naval exercises."
)


@pytest.fixture(scope="module")
def record():  # type: ignore[no-untyped-def]
    from communique.pipeline import Pipeline

    return Pipeline().extract(Document(id="t", text=TEXT, source="-", published="2024-08-20"))


def test_restated_agreement_is_one_outcome_with_two_evidence_spans(record) -> None:  # type: ignore[no-untyped-def]
    framework = [o for o in record.outcomes if "new framework" in o.text]
    assert len(framework) == 1
    assert [e.text for e in framework[0].evidence] == ["agree", "agreed"]


def test_a_different_commitment_stays_a_separate_outcome(record) -> None:  # type: ignore[no-untyped-def]
    assert any("naval exercises" in o.text and "framework" not in o.text for o in record.outcomes)
