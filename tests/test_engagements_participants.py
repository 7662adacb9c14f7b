"""Round 4: who the text places at an engagement, calls with unnamed counterparts, statements
that are not meetings, and requests worded as "called for" or "urged X to"."""

from __future__ import annotations

import pytest

from communique.types import Document, Record


@pytest.fixture(scope="module")
def pipeline():  # type: ignore[no-untyped-def]
    from communique.pipeline import Pipeline

    return Pipeline()


def _read(pipeline, text: str, published: str = "2024-10-07") -> Record:  # type: ignore[no-untyped-def]
    return pipeline.extract(Document(id="t", text=text, source="-", title=None, published=published))


def _names(record: Record, engagement_index: int = 0) -> set[str]:
    actors = {a.id: a.name for a in record.actors}
    return {actors[p.actor] for p in record.engagements[engagement_index].participants}


def test_the_two_presidents_are_the_last_two_presidents_named(pipeline) -> None:  # type: ignore[no-untyped-def]
    record = _read(pipeline, (
        "President Lars Okonkwo of Norway arrived in Lisbon on Monday for a state visit. He was received "
        "by the President of Portugal, Inês Carvalho. The two presidents then held a private meeting."
    ))
    meeting = next(i for i, e in enumerate(record.engagements) if e.kind == "meeting")
    names = _names(record, meeting)
    assert any("Okonkwo" in n for n in names) and any("Carvalho" in n for n in names)


def test_delegation_led_by_x_with_y_brings_both(pipeline) -> None:  # type: ignore[no-untyped-def]
    record = _read(pipeline, (
        "Chile and Peru held their first strategic dialogue in Santiago on Monday. The Peruvian "
        "delegation was led by Foreign Minister Rosa Quispe, with Defence Minister Hugo Salas."
    ))
    names = {n.split()[-1] for n in _names(record)}
    assert {"Quispe", "Salas"} <= names


def test_welcoming_a_plan_is_no_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    record = _read(pipeline, "The ministers welcomed Norway's plan to open an embassy in Hanoi in 2025.")
    assert record.engagements == ()


def test_similar_meetings_in_the_past_are_no_engagement(pipeline) -> None:  # type: ignore[no-untyped-def]
    record = _read(pipeline, "Norway has previously held similar combined meetings only with Sweden and Finland.")
    assert record.engagements == ()


def test_calling_counterparts_on_a_day_is_a_call_with_the_parties_of_the_talks(pipeline) -> None:  # type: ignore[no-untyped-def]
    record = _read(pipeline, (
        "Talks between Chile, Peru and Bolivia on lithium, planned for Thursday in La Paz, were postponed. "
        "The Chilean foreign minister, Rosa Quispe, called both her counterparts on Sunday to urge them "
        "to return to the table."
    ))
    call = next(e for e in record.engagements if e.kind == "call")
    assert call.status == "held"
    assert set(call.countries) == {"CHL", "PER", "BOL"}


@pytest.mark.parametrize("sentence", [
    "The ministers called for restraint in the Strait of Hormuz.",
    "The leaders urged all parties to allow the delivery of humanitarian aid.",
    "She requested that the Assembly hold a special session on sea-level rise.",
])
def test_calls_for_and_asked_actions_are_requests(pipeline, sentence: str) -> None:  # type: ignore[no-untyped-def]
    record = _read(pipeline, sentence)
    assert any(o.type == "request" for o in record.outcomes)


def test_asking_a_question_is_no_request(pipeline) -> None:  # type: ignore[no-untyped-def]
    record = _read(pipeline, "You asked when the talks would resume.")
    assert not any(o.type == "request" for o in record.outcomes)


def test_plural_bilateral_meetings_with_a_named_person_are_an_engagement() -> None:
    from communique.diplomacy import DiplomacyExtractor
    from fixtures.diplomacy.build import analyse, mentions_for

    text = "The meeting builds on President Biden's bilateral meetings with President Marcos in Washington in May 2023."
    actors = [("biden", "person", "USA", "President", ["President Biden"]),
              ("marcos", "person", "PHL", "President", ["President Marcos"])]
    mentions = mentions_for(text, actors, [("dc", "city", "USA", ["Washington"])], [("May 2023", "2023-05", "month")])
    found = DiplomacyExtractor()(analyse(text, published="2023-09-06"), mentions, ())
    assert any(e.date is not None and e.date.value == "2023-05" and e.place == "dc" for e in found.engagements)


def test_paid_visit_to_a_country_makes_it_host_and_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    record = _read(pipeline, "Prime Minister Anna Lind of Sweden paid an official visit to Japan from 3 to 5 October 2024.")
    visit = next(e for e in record.engagements if e.kind == "visit")
    assert visit.host == "JPN"
    assert set(visit.countries) == {"SWE", "JPN"}
    assert visit.name == "Visit to Japan"


def test_visit_to_a_city_gives_its_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    record = _read(pipeline, "Chile's Foreign Minister Pablo Rivas is expected to visit Lima in November.")
    visit = next(e for e in record.engagements if e.kind == "visit")
    assert visit.host == "PER" and set(visit.countries) == {"CHL", "PER"}


def test_an_invitation_to_visit_is_no_visit(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("President Marta Ruiz met Foreign Minister Omar Haddad of Jordan in Madrid. "
            "He relayed an invitation for King Abdullah II to make an official visit to Spain.")
    record = _read(pipeline, text)
    assert [e.kind for e in record.engagements] == ["meeting"]


QUAD_TEXT = ("The foreign ministers of Australia, India, Japan and the United States met in Washington on Tuesday. "
             "Secretary of State Mark Hale hosted Australian Foreign Minister Rebecca Thorn, Indian External Affairs "
             "Minister Rajiv Mehta and Japanese Foreign Minister Yuko Aoki at the State Department.")


def test_ministers_of_coordinated_states_give_every_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    record = _read(pipeline, QUAD_TEXT)
    (meeting,) = record.engagements
    assert {"AUS", "IND", "JPN", "USA"} <= set(meeting.countries)


def test_the_one_unknown_person_is_from_the_one_state_without_a_person(pipeline) -> None:  # type: ignore[no-untyped-def]
    record = _read(pipeline, QUAD_TEXT)
    (meeting,) = record.engagements
    names = {a.id: a.name for a in record.actors}
    assert {names[p.actor]: p.country for p in meeting.participants}.get("Mark Hale") == "USA"


def test_dateline_before_the_subject_does_not_hide_who_met(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "CANBERRA, March 4 - The trade ministers of Chile, Peru and Mexico met in Canberra on Monday."
    record = _read(pipeline, text, published="2025-03-04")
    meeting = next(e for e in record.engagements if e.kind == "meeting")
    assert {"CHL", "PER", "MEX"} <= set(meeting.countries)


def test_first_name_misread_as_a_preposition_still_names_the_participants(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The small tagger reads "Barack" as a preposition here, leaving "met" with no subject.
    record = _read(pipeline, "Barack Obama and Vladimir Putin met in Geneva on Tuesday.")
    names = _names(record)
    assert any("Obama" in n for n in names) and any("Putin" in n for n in names)


def test_the_two_leaders_are_the_meetings_sides_not_the_states_their_sentence_names(pipeline) -> None:  # type: ignore[no-untyped-def]
    record = _read(pipeline, (
        "President Anna Berg of Sweden met Prime Minister Jonas Lie of Norway in Oslo on Monday. "
        "They discussed the missile tests by Russia. "
        "The two leaders condemned Russia's missile tests near the Finnish border."
    ))
    condemned = next(o for o in record.outcomes if "condemned" in o.text)
    countries = {a.country for a in record.actors if a.id in condemned.parties}
    assert countries == {"SWE", "NOR"}
