"""Round 6: the government that issued a document, and the official its lead names without a
country ("Readout of President X's Meeting with President Y of Z"). Texts are our own."""

from __future__ import annotations

import pytest

from communique.mentions.actor_issuer import issuer_country
from communique.mentions.actor_lexicon import load_actor_lexicon
from communique.nlp.gazetteer import Gazetteer
from communique.stages import ActorsFound
from communique.types import Actor, Document

READOUT = (
    "Readout of President Halvorsen's Meeting with President Amara Diallo of Senegal\n\n"
    "President Erik Halvorsen met today with President Amara Diallo of Senegal in Dakar. "
    "The leaders discussed trade and fisheries."
)


@pytest.fixture(scope="module")
def issued(nlp):
    """The actor stage over a text with a publisher and an address."""
    from communique.mentions.actors import ActorResolver
    from communique.nlp import Analysis

    resolver = ActorResolver(Gazetteer.load())

    def run(text: str, *, publisher: str | None = None, url: str | None = None, title: str | None = None) -> ActorsFound:
        document = Document(id="t", text=text, source="test", publisher=publisher, url=url, title=title)
        return resolver(Analysis(document, nlp(text)))

    return run


def person(found: ActorsFound, surname: str) -> Actor:
    return next(a for a in found.actors if a.kind == "person" and a.name.split()[-1] == surname)


@pytest.mark.parametrize(
    ("publisher", "url", "country"),
    [
        ("President of Russia", None, "RUS"),
        ("Ministry of Foreign Affairs of Japan", None, "JPN"),
        ("Government of Ghana", None, "GHA"),
        ("The White House", None, "USA"),
        (None, "https://www.whitehouse.gov/briefing-room/x", "USA"),
        (None, "https://www.mea.gov.in/bilateral-documents.htm", "IND"),
        (None, "https://www.mofa.go.jp/press/release.html", "JPN"),
        (None, "http://en.kremlin.ru/events/president/news/1", "RUS"),
        ("Times of India", None, None),
        (None, "https://www.example.com/news", None),
        (None, None, None),
    ],
)
def test_issuer_is_read_from_publisher_or_government_address(publisher, url, country):
    document = Document(id="t", text="x", source="test", publisher=publisher, url=url)
    assert issuer_country(document, Gazetteer.load(), load_actor_lexicon()) == country


def test_principal_of_a_government_readout_takes_the_issuer_country(issued):
    found = issued(READOUT, publisher="Government of Norway")
    assert person(found, "Halvorsen").country == "NOR"
    assert person(found, "Diallo").country == "SEN"


def test_without_an_issuer_the_principal_stays_unknown(issued):
    assert person(issued(READOUT), "Halvorsen").country is None


def test_an_unqualified_guest_after_the_principal_is_not_the_issuer_s(issued):
    text = (
        "Readout of Prime Minister Tanaka's Meeting with King Mbatha\n\n"
        "Prime Minister Kenji Tanaka met today with King Mbatha at the palace."
    )
    found = issued(text, url="https://www.kantei.go.jp/readout")
    assert person(found, "Tanaka").country == "JPN"
    assert person(found, "Mbatha").country is None


def test_an_official_named_only_after_the_lead_is_not_the_issuer_s(issued):
    text = (
        "Readout of the Foreign Minister's Call with President Diallo of Senegal\n\n"
        "The call lasted an hour. Later, President Okonkwo spoke about the summit."
    )
    found = issued(text, publisher="Ministry of Foreign Affairs of Norway")
    assert person(found, "Okonkwo").country is None


def test_a_principal_the_text_gives_a_country_keeps_it(issued):
    text = (
        "Readout of Foreign Minister Lund's Meeting with Foreign Minister Sato\n\n"
        "Danish Foreign Minister Mette Lund met today with Foreign Minister Sato of Japan."
    )
    found = issued(text, publisher="The White House")
    assert person(found, "Lund").country == "DNK"


def test_issuer_staff_named_beside_no_other_state_take_the_issuer_country(issued):
    text = (
        "Readout of President Halvorsen's Meeting with President Amara Diallo of Senegal\n\n"
        "President Erik Halvorsen met today with President Amara Diallo of Senegal in Dakar.\n\n"
        "Secretary Ingrid Moe will travel to the region next week."
    )
    found = issued(text, publisher="Government of Norway")
    assert person(found, "Moe").country == "NOR"


def test_staff_named_beside_another_state_are_not_the_issuer_s(issued):
    text = (
        "Readout of President Halvorsen's Meeting with President Amara Diallo of Senegal\n\n"
        "President Erik Halvorsen met today with President Amara Diallo of Senegal in Dakar.\n\n"
        "Ambassador Moussa Ndiaye praised the fisheries cooperation with Senegal."
    )
    found = issued(text, publisher="Government of Norway")
    assert person(found, "Ndiaye").country is None


def test_a_bare_leader_outside_the_lead_is_not_the_issuer_s(issued):
    text = READOUT + "\n\nThe leaders also discussed a call with President Okonkwo."
    found = issued(text, publisher="Government of Norway")
    assert person(found, "Okonkwo").country is None
