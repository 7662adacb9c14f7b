"""Quotes are linked to the engagement where the text says so."""

from __future__ import annotations

from communique.diplomacy import DiplomacyExtractor
from communique.types import Quote, Span
from fixtures.diplomacy.build import analyse, mentions_for

BIDEN = ("biden", "person", "USA", "President", ["President Biden", "Biden"])
KISHIDA = ("kishida", "person", "JPN", "Prime Minister", ["Prime Minister Kishida", "Kishida"])
PLACES = [("tokyo", "city", "JPN", ["Tokyo"]), ("washington", "city", "USA", ["Washington"])]
DATES = [("Monday", "2024-04-08", "day"), ("Friday", "2024-04-12", "day")]


def quote(text: str, words: str, cue: str) -> Quote:
    start = text.index(words)
    at = text.index(cue)
    return Quote("q1", words, Span(start, start + len(words), words), (), "biden", None,
                 Span(at, at + len(cue), cue), True)


def read(text: str, q: Quote):  # type: ignore[no-untyped-def]
    mentions = mentions_for(text, [BIDEN, KISHIDA], PLACES, DATES)
    return DiplomacyExtractor()(analyse(text, published="2024-04-12"), mentions, (q,))


def test_quote_said_at_a_named_meeting_links_to_that_meeting_not_the_first_one() -> None:
    text = ("President Biden met Prime Minister Kishida in Tokyo on Monday. "
            "The ministers held the 2+2 Ministerial Dialogue in Washington on Friday.\n"
            "\"We are closer than ever,\" Biden said in his press statement at the 2+2 Ministerial Dialogue.")
    found = read(text, quote(text, "We are closer than ever,", "said"))
    dialogue = next(e for e in found.engagements if e.kind == "dialogue")
    assert found.quotes[0].engagement == dialogue.id


def test_quote_told_to_a_press_conference_links_to_the_engagement_it_belongs_to() -> None:
    text = ("President Biden met Prime Minister Kishida in Tokyo on Monday. "
            "Later, in Washington on Friday, Biden told the joint press conference: \"The alliance is strong.\"")
    found = read(text, quote(text, "The alliance is strong.", "told"))
    press = next(e for e in found.engagements if e.kind == "press_conference")
    assert found.quotes[0].engagement == press.id
