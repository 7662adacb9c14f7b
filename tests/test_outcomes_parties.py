"""Outcome parties named by title only, and statements that are courtesy, not outcomes."""

from __future__ import annotations

import pytest

from communique.diplomacy import DiplomacyExtractor
from fixtures.diplomacy.build import analyse, mentions_for

BIDEN = ("biden", "person", "USA", "President", ["President Biden", "Biden"])
KISHIDA = ("kishida", "person", "JPN", "Prime Minister", ["Prime Minister Kishida", "Kishida"])


def read(text):  # type: ignore[no-untyped-def]
    return DiplomacyExtractor()(analyse(text), mentions_for(text, [BIDEN, KISHIDA]), ())


def test_title_only_subjects_resolve_to_the_participants_holding_those_titles() -> None:
    found = read("President Biden met Prime Minister Kishida in Tokyo. "
                 "The President and the Prime Minister pledged to deepen cooperation on energy.")
    pledge = next(o for o in found.outcomes if o.type == "commitment")
    assert set(pledge.parties) == {"biden", "kishida"}


def test_a_plural_title_resolves_to_every_participant_holding_it() -> None:
    other = ("yoon", "person", "KOR", "President", ["President Yoon"])
    text = "President Biden met President Yoon. The two presidents pledged support for the plan."
    found = DiplomacyExtractor()(analyse(text), mentions_for(text, [BIDEN, other]), ())
    pledge = next(o for o in found.outcomes if o.type == "commitment")
    assert set(pledge.parties) == {"biden", "yoon"}


def test_heads_of_state_resolve_to_the_people_at_the_table_whatever_their_office() -> None:
    found = read("President Biden met Prime Minister Kishida in Tokyo. "
                 "The heads of government pledged to deepen cooperation on energy.")
    pledge = next(o for o in found.outcomes if o.type == "commitment")
    assert set(pledge.parties) == {"biden", "kishida"}


def test_a_title_two_participants_hold_resolves_to_nobody() -> None:
    other = ("yoon", "person", "KOR", "President", ["President Yoon"])
    text = "President Biden met President Yoon. The President pledged support for the plan."
    found = DiplomacyExtractor()(analyse(text), mentions_for(text, [BIDEN, other]), ())
    pledge = next(o for o in found.outcomes if o.type == "commitment")
    assert pledge.parties == ()


@pytest.mark.parametrize("phrase", ["expressed appreciation for", "expressed gratitude for", "expressed thanks for"])
def test_expressing_appreciation_is_not_an_outcome(phrase: str) -> None:
    found = read(f"President Biden met Prime Minister Kishida. Biden {phrase} the warm welcome.")
    assert not [o for o in found.outcomes if o.text.startswith("Biden expressed")]


def test_expressing_concern_is_a_statement_and_commitment_a_commitment() -> None:
    found = read("President Biden met Prime Minister Kishida. Biden expressed concern about the missile "
                 "launches. Kishida expressed his commitment to the alliance.")
    types = {o.text.split()[0]: (o.type, o.status) for o in found.outcomes}
    assert types["Biden"] == ("statement", "announced")
    assert types["Kishida"] == ("commitment", "reaffirmed")
