"""Round 6: a noun between a state and a title or name ("his Chinese counterpart Minister X",
"South African leader X") keeps the state's evidence. Sentences are our own."""

from __future__ import annotations

from communique.stages import ActorsFound
from communique.types import Actor


def person(found: ActorsFound, surname: str) -> Actor:
    return next(a for a in found.actors if a.kind == "person" and a.name.split()[-1] == surname)


def test_counterpart_between_demonym_and_title_gives_the_demonym_country(resolve):
    found = resolve("The envoy will meet his Kenyan counterpart Minister Wanjiru Kamau in Nairobi on trade with Peru.")
    assert person(found, "Kamau").country == "KEN"


def test_leader_between_demonym_and_name_gives_the_demonym_country(resolve):
    found = resolve("President Lucien Moreau welcomed Ghanaian leader Kofi Mensah-Adjei on Thursday.")
    assert person(found, "Mensah-Adjei").country == "GHA"


def test_the_one_state_of_a_guest_leader_is_not_given_to_the_host(resolve):
    found = resolve("President Lucien Moreau welcomed Ghanaian leader Kofi Mensah-Adjei on Thursday.")
    assert person(found, "Moreau").country is None
