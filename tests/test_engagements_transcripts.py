"""Press-conference transcripts: one engagement for the event, 'we' as the speaker's side."""

from __future__ import annotations

from communique.diplomacy import DiplomacyExtractor
from fixtures.diplomacy.build import analyse, mentions_for

PUTIN = ("putin", "person", "RUS", "President", ["Vladimir Putin"])
BELLEN = ("bellen", "person", "AUT", "President", ["Alexander Van der Bellen", "Van der Bellen"])
RUSSIA = ("rus", "state", "RUS", None, ["Russia"])
AUSTRIA = ("aut", "state", "AUT", None, ["Austria"])
VIENNA = ("vienna", "city", "AUT", ["Vienna"])
TITLE = "News conference following talks with President of Austria Alexander Van der Bellen"
TEXT = (
    TITLE + "\n\n"
    "Vladimir Putin: Today's talks with the President of Austria were productive. "
    "Mr Van der Bellen and I met in Vienna a year ago. "
    "We agreed to expand trade between Russia and Austria.\n\n"
    "Question: Did you discuss gas at the meeting?\n\n"
    "Alexander Van der Bellen: We discussed gas at the meeting. Our talks covered energy.\n\n"
    "Vladimir Putin: I also spoke with my colleagues about it at the negotiations.\n"
)


def read():  # type: ignore[no-untyped-def]
    mentions = mentions_for(TEXT, [PUTIN, BELLEN, RUSSIA, AUSTRIA], [VIENNA],
                            [("a year ago", "2018", "year")])
    return DiplomacyExtractor()(analyse(TEXT, title=TITLE, published="2019-05-15"), mentions, ())


def test_mentions_of_the_talks_in_a_transcript_make_one_engagement_and_a_recalled_meeting_another() -> None:
    found = read()
    kinds = [e.kind for e in found.engagements]
    assert kinds[0] == "talks"
    main = found.engagements[0]
    assert {p.actor for p in main.participants} >= {"bellen"}
    assert main.place is None  # Vienna belongs to last year's meeting
    assert len(found.engagements) == 2 and found.engagements[1].date.value == "2018"


def test_we_in_a_speaker_turn_is_the_speakers_side() -> None:
    found = read()
    agreed = next(o for o in found.outcomes if o.type == "agreement")
    assert agreed.parties == ("rus",)
    discussed = next(o for o in found.outcomes if o.status == "discussed" and "gas" in o.text
                     and o.evidence[0].start > TEXT.index("Alexander Van der Bellen:"))
    assert discussed.parties == ("aut",)


def test_the_labelled_speakers_took_part_in_the_talks_the_heading_announces() -> None:
    main = read().engagements[0]
    assert {p.actor for p in main.participants} >= {"bellen", "putin"}
    assert "RUS" in main.countries
