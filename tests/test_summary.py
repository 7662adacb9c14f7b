"""The plain-text summary view of a record."""

from __future__ import annotations

from communique.summary import render_summary
from communique.types import (
    Actor,
    Document,
    Engagement,
    EngagementDate,
    Outcome,
    Participant,
    Place,
    Quote,
    Record,
    Reference,
    Span,
)

MODI = Actor("a1", "Narendra Modi", "person", "IND", "Prime Minister", None, ())
KISHIDA = Actor("a2", "Fumio Kishida", "person", "JPN", "Prime Minister", None, ())
TOKYO = Place("p1", "Tokyo", "city", "JPN", None, None, ())


def record() -> Record:
    engagement = Engagement(
        id="e1", kind="summit", name="15th India-Japan Annual Summit", mechanism="Annual Summit",
        edition=15, date=EngagementDate("2023-03-20", "day", "Monday", None), place="p1",
        countries=("IND", "JPN"), host="JPN",
        participants=(Participant("a1", "Prime Minister", "IND"), Participant("a2", "Prime Minister", "JPN")),
        status="held", evidence=(), confidence=0.9,
    )
    outcome = Outcome(
        id="o1", type="request", text="Modi asked Kishida to expand rail links", parties=("a1",),
        addressees=("a2",), topics=("infrastructure_connectivity",), status="requested",
        modality="asserted", engagement="e1", evidence=(), confidence=0.8,
    )
    quote = Quote(id="q1", text="word " * 100, span=Span(0, 1, "w"), parts=(), speaker="a2",
                  speaker_span=None, cue=None, direct=True)
    return Record(document=Document(id="d", text="", source="x.txt", title="Summit"),
                  actors=(MODI, KISHIDA), places=(TOKYO,), engagements=(engagement,),
                  outcomes=(outcome,), quotes=(quote,))


def test_summary_says_who_met_where_when_and_in_what_format() -> None:
    text = render_summary(record())
    assert "15th India-Japan Annual Summit (summit, held" in text
    assert "format: Annual Summit, edition 15" in text
    assert "2023-03-20" in text and "Tokyo (JPN)" in text and "host: JPN" in text
    assert "Narendra Modi (Prime Minister, IND)" in text


def test_summary_groups_outcomes_with_parties_and_addressees() -> None:
    text = render_summary(record())
    assert "requests (1):" in text
    assert "Narendra Modi -> Fumio Kishida (requested) [infrastructure_connectivity]" in text


def test_summary_truncates_long_quotes_and_names_the_speaker() -> None:
    line = next(line for line in render_summary(record()).splitlines() if "Fumio Kishida:" in line)
    assert line.endswith('…"') and len(line) < 200


def test_summary_of_an_empty_record_says_nothing_was_found() -> None:
    text = render_summary(Record(document=Document(id="d", text="", source="x.txt")))
    assert "No engagements found." in text


def test_summary_names_a_collective_speaker_by_the_actors_it_stands_for() -> None:
    said = Span(0, 15, "The two leaders")
    quote = Quote(id="q1", text="ties had never been closer", span=Span(28, 54, "x"), parts=(),
                  speaker=None, speaker_span=said, cue=Span(16, 22, "agreed"), direct=False)
    both = record()
    text = render_summary(Record(document=both.document, actors=both.actors, quotes=(quote,),
                                 references=(Reference(said, ("a1", "a2")),)))
    assert "- Narendra Modi, Fumio Kishida: ties had never been closer" in text


def test_summary_calls_a_quote_without_any_speaker_unattributed() -> None:
    quote = Quote(id="q1", text="no one said this", span=Span(0, 16, "x"), parts=(),
                  speaker=None, speaker_span=None, cue=None, direct=True)
    text = render_summary(Record(document=Document(id="d", text="", source="x.txt"), quotes=(quote,)))
    assert '- unattributed: "no one said this"' in text
