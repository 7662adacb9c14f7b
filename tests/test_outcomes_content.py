"""Outcomes say something: fragments without content and greetings are none; a subject that
is a title alone is the participant holding it, found in any engagement of the document."""

from __future__ import annotations

from fixtures.diplomacy.build import analyse, mentions_for

from communique.diplomacy import DiplomacyExtractor

RUTO = ("ruto", "person", "KEN", "President", ["President William Ruto", "Ruto"])
HARRIS = ("harris", "person", "USA", "Vice President", ["Vice President Kamala Harris"])


def read(text: str, actors=(), dates=()):  # type: ignore[no-untyped-def]
    mentions = mentions_for(text, list(actors), [], list(dates), [])
    return DiplomacyExtractor()(analyse(text, published="2025-01-08"), mentions, ())


def test_cue_without_content_is_no_outcome() -> None:
    found = read("We welcome this. We agreed today. They will renew it.", dates=[("today", "2025-01-08", "day")])
    assert found.outcomes == ()


def test_welcoming_a_guest_is_a_greeting_not_an_outcome() -> None:
    assert read("We are delighted to welcome you to Moscow.").outcomes == ()


def test_outcome_with_content_stays() -> None:
    (outcome,) = read("Kenya and Ethiopia agreed to reopen the border crossing.").outcomes
    assert outcome.type == "agreement"


def test_title_alone_is_the_participant_of_an_earlier_engagement() -> None:
    text = ("Vice President Kamala Harris spoke by phone with President William Ruto of Kenya today. "
            "She noted the May 2024 Kenya State Visit. "
            "The Vice President reaffirmed her support for digital inclusion.")
    found = read(text, actors=[HARRIS, RUTO], dates=[("May 2024", "2024-05", "month")])
    reaffirmed = next(o for o in found.outcomes if "digital" in o.text)
    assert reaffirmed.parties == ("harris",)
