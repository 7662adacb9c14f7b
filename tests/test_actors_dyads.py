"""The side a person speaks for: a named dyad's other side, and sides listed by a passive verb."""

from __future__ import annotations


from communique.mentions.actor_dyads import Holder, dyad_sides
from communique.stages import ActorsFound
from communique.types import Actor

LEADERS = frozenset({"head_of_state", "head_of_government", "foreign_minister"})


def people(found: ActorsFound) -> dict[str, Actor]:
    return {a.name: a for a in found.actors if a.kind == "person"}


def test_lone_unknown_leader_takes_the_other_side_of_the_named_dyad(resolve):
    found = people(
        resolve(
            "Vice President Dana Whitfield spoke today with President Lucien Marchand of France about "
            "bilateral ties between the United States and France. Vice President Whitfield thanked him."
        )
    )
    assert found["Lucien Marchand"].country == "FRA"
    assert found["Dana Whitfield"].country == "USA"


def test_hyphen_dyad_counts_as_named(resolve):
    found = people(resolve("Chancellor Ida Brandt met Prime Minister Akira Sato of Japan to deepen Germany-Japan ties."))
    assert found["Ida Brandt"].country == "DEU"


def test_two_unknown_leaders_stay_unknown(resolve):
    found = people(
        resolve(
            "Foreign Minister Ana Costa and Foreign Secretary Tom Reyes met President Noor Aziz of Malaysia. "
            "Relations between Malaysia and Brazil were discussed."
        )
    )
    assert found["Ana Costa"].country is None and found["Tom Reyes"].country is None


def test_a_list_of_states_is_no_dyad(resolve):
    found = people(
        resolve("President Noor Aziz of Malaysia hosted Prime Minister Jan Holm. Australia, Malaysia and Norway signed.")
    )
    assert found["Jan Holm"].country is None


def test_speaker_label_leader_takes_the_other_side(resolve):
    text = (
        "PRESIDENT HARTLEY: Welcome, Prime Minister. The United States and Japan have a big agenda.\n"
        "PRIME MINISTER SATO: Thank you.\n"
        "Prime Minister Kenji Sato of Japan then left."
    )
    found = people(resolve(text))
    assert found["Hartley"].country == "USA"
    assert found["Kenji Sato"].country == "JPN"


def test_dyad_never_overrides_evidence_or_fills_a_side_that_has_the_title():
    holders = [
        Holder("FRA", True, "president", "head_of_state"),
        Holder(None, True, "president", "head_of_state"),  # a tie: evidence, but no country
        Holder(None, False, "foreign_minister", "foreign_minister"),
    ]
    assert dyad_sides(holders, ("FRA", "USA"), LEADERS) == {2: "USA"}
    holders.append(Holder("USA", True, "foreign_minister", "foreign_minister"))
    assert dyad_sides(holders, ("FRA", "USA"), LEADERS) == {}


def test_passive_representation_gives_the_subject_country(resolve):
    found = people(resolve("Norway was represented by Foreign Minister Eirik Dahl and Trade Minister Sofie Berg."))
    assert found["Eirik Dahl"].country == "NOR" and found["Sofie Berg"].country == "NOR"


def test_delegation_led_by_gives_its_country_to_the_members(resolve):
    found = people(
        resolve("The Chilean delegation was led by Foreign Minister Pablo Vera, with Defence Minister Ines Soto.")
    )
    assert found["Pablo Vera"].country == "CHL" and found["Ines Soto"].country == "CHL"
