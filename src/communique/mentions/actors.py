"""The actor stage: people, states, organisations and groups, with every mention, by rules.

The steps, each in its own module:
`actor_states` (countries and demonyms) -> `actor_titles` (titles of office) ->
`actor_people` (names, their titles and country evidence) -> `actor_sides` ("represented
Japan") -> `actor_names` (one person per name cluster) -> `actor_issuer` (the issuing
government's own officials) -> `actor_dyads` -> `actor_orgs` -> `actor_references`
("the two sides"). A person's country is a vote over what the text says; unknown stays None.

Example:
    >>> resolver = ActorResolver(Gazetteer.load())  # doctest: +SKIP
    >>> found = resolver(Analysis(document, nlp(document.text)))  # doctest: +SKIP
    >>> [(a.name, a.role, a.country) for a in found.actors if a.kind == "person"]  # doctest: +SKIP
    [('S. Jaishankar', 'External Affairs Minister', 'IND')]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from communique.mentions.actor_context import add_context_votes, dateline_country
from communique.mentions.actor_evidence import BRIDGE_NOUNS, EXPLICIT
from communique.mentions.actor_dyads import Holder, dyad_sides, named_dyad, sole_state
from communique.mentions.actor_gazetteer import ActorGazetteer, TitleEntry
from communique.mentions.actor_issuer import Official, issuer_country, issuer_officials, lead_span
from communique.mentions.actor_lexicon import load_actor_lexicon
from communique.mentions.actor_names import canonical, cluster_names, fullest
from communique.mentions.actor_nonpeople import is_false_person
from communique.mentions.actor_orgs import find_orgs, international_orgs
from communique.mentions.actor_mention import PersonMention
from communique.mentions.actor_people import PeopleFinder
from communique.mentions.actor_references import find_references
from communique.mentions.actor_sides import add_side_votes
from communique.mentions.actor_stances import add_stance_votes, answered_states, speaking_tokens, stance_cues
from communique.mentions.actor_states import StateMention, find_states
from communique.mentions.actor_titles import find_titles
from communique.mentions.geonames import GeonamesIndex
from communique.nlp.analysis import Analysis
from communique.stages import ActorsFound
from communique.types import Actor, ActorKind, Span

STATE_SECTOR = "government"
LOWER_IN_NAMES = frozenset({"of", "the", "for", "and", "on"})


@dataclass(slots=True)
class _Draft:
    """An actor being assembled; ids are given once all are known, in order of first mention."""

    key: str
    name: str
    kind: ActorKind
    country: str | None
    role: str | None
    sector: str | None
    mentions: list[Span] = field(default_factory=list)
    title_id: str | None = None
    category: str | None = None  # the title's category (head_of_state, foreign_minister...)
    evidence: bool = False  # whether the text said anything of the country, even a tie
    votes: list[tuple[str, int]] = field(default_factory=list)


class ActorResolver:
    """Finds the actors of one document. Build once (it holds the gazetteer), call per document."""

    name = "actors.rules.v1"

    def __init__(self, gazetteer: ActorGazetteer) -> None:
        self.gazetteer = gazetteer
        self.lexicon = load_actor_lexicon()
        self.people = PeopleFinder(gazetteer, self.lexicon)
        countries = getattr(gazetteer, "countries", ())
        self.capitals = {c.capital.lower(): c.iso3 for c in countries if c.capital}

    def __call__(self, analysis: Analysis) -> ActorsFound:
        doc = analysis.doc
        states = find_states(doc, self.gazetteer)
        state_at = {i: m.iso3 for m in states for i in range(m.start, m.end)}
        titles = find_titles(doc, self.gazetteer, self.lexicon)
        stances = stance_cues(doc, state_at, self.lexicon)
        orgs_at = international_orgs(doc, self.gazetteer, self.lexicon)
        people = self.people(doc, titles, state_at, orgs_at, speaking_tokens(stances))
        add_side_votes(doc, people, state_at, self.lexicon)
        add_stance_votes(people, stances)
        add_context_votes(doc, people, state_at, dateline_country(doc, self.capitals))
        # A title alone stands for a person only when the text ties it to a country.
        people = [p for p in people if p.name is not None or p.votes or p.label_start >= 0]

        drafts: dict[str, _Draft] = {}
        for m in states:
            country = self.gazetteer.country_by_code(m.iso3)
            draft = drafts.setdefault(
                f"state:{m.iso3}",
                _Draft(f"state:{m.iso3}", country.name if country else m.iso3, "state", m.iso3, None, STATE_SECTOR),
            )
            draft.mentions.append(analysis.span_of(doc[m.start : m.end]))
        persons = self._people(people, {t.text for t in doc if t.is_lower})
        issuer = issuer_country(analysis.document, self.gazetteer, self.lexicon)
        if issuer is not None:
            lead = lead_span(doc, analysis.document.title)
            nearby = _sentence_states(doc, states)
            officials = [_official(d, nearby) for d in persons]
            for index in issuer_officials(officials, issuer, lead, self.lexicon.issuer_leaders):
                persons[index].country = issuer
                persons[index].evidence = True
        dyad = named_dyad(doc, states)
        # The dyad rule reads current titles only; a former leader may still be at home.
        holders = [Holder(d.country, d.evidence, d.title_id, d.category if d.title_id else None) for d in persons]
        if dyad is not None:
            for index, country in dyad_sides(holders, dyad, self.lexicon.dyad_categories).items():
                persons[index].country = country
        else:
            holders = [Holder(d.country, d.evidence, d.title_id, d.category) for d in persons]
            spoken_for = _qualifying(doc, states, [(t.start, t.end) for t in titles] + [(p.start, p.end) for p in people])
            spoken_for |= answered_states(doc, state_at, self.lexicon)
            for index, country in sole_state(holders, states, self.lexicon.home_categories, spoken_for).items():
                persons[index].country = country
        for draft in persons:
            drafts[draft.key] = draft
        claimed = set(state_at)
        claimed.update(i for t in titles for i in range(t.start, t.end))
        claimed.update(i for p in people for i in range(p.start, p.end))
        for org in find_orgs(doc, self.gazetteer, self.lexicon, state_at, claimed):
            draft = drafts.setdefault(org.key, _Draft(org.key, org.name, org.kind, org.country, None, org.sector))
            draft.mentions.append(org.span)

        actors = _number(drafts.values())
        state_ids = {f"state:{a.country}": a.id for a in actors if a.kind == "state"}
        ordered_states = [(m.start, state_ids[f"state:{m.iso3}"]) for m in states]
        references = find_references(doc, self.lexicon, ordered_states)
        return ActorsFound(actors=actors, references=tuple(references))

    def _people(self, people: list[PersonMention], lower_words: set[str]) -> list[_Draft]:
        """One draft per person: name clusters first, then lone titles joined to a holder."""
        named = [p for p in people if p.name is not None]
        clusters = cluster_names([p.name for p in named if p.name is not None])
        groups: dict[int, list[PersonMention]] = {}
        for mention, cluster in zip(named, clusters):
            groups.setdefault(cluster, []).append(mention)
        drafts = [
            self._person(group)
            for group in groups.values()
            if not is_false_person(
                [m.name for m in group if m.name is not None],
                any(m.title is not None or m.label_start >= 0 for m in group),
                lower_words,
                self.lexicon,
                _city_population,
            )
        ]
        for mention in (p for p in people if p.name is None and p.title is not None):
            country = _vote(mention.votes)
            holders = [
                d
                for d in drafts
                if d.title_id == mention.title.id and (d.country is None or country is None or d.country == country)
            ]
            same_title = [d for d in drafts if d.title_id == mention.title.id and not d.key.startswith("role:")]
            # "The President expressed U.S. support": a side read from what the title's holder
            # says (no country word beside the title) joins the document's one holder and
            # takes part in its vote, as any other mention's evidence would.
            if not holders and len(same_title) == 1 and all(w < EXPLICIT for _, w in mention.votes):
                holders = same_title
            if len(holders) == 1:
                holder = holders[0]
                holder.votes.extend(mention.votes)
                holder.country = _vote(holder.votes) if holder.votes else holder.country or country
                holder.evidence = holder.evidence or bool(mention.votes)
            else:
                name = _role_name(mention.title.name, mention.span.text)
                if country is not None:
                    name = f"{name} of {self._code_name(country, article=True)}"
                key = f"role:{mention.title.id}:{country}"
                holder = next((d for d in drafts if d.key == key), None)
                if holder is None:
                    holder = _Draft(
                        key, name, "person", country, mention.role, mention.title.sector,
                        title_id=mention.title.id, category=mention.title.category, evidence=bool(mention.votes),
                    )
                    drafts.append(holder)
            holder.mentions.append(mention.span)
        return drafts

    def _code_name(self, code: str, article: bool = False) -> str:
        """The name of a country or international organisation code ("IND" -> "India").

        With `article`, a name read after "of" takes "the" when it is a body's name or a
        union of states ("the European Union", "the United States"), not an acronym ("NATO").
        """
        country = self.gazetteer.country_by_code(code)
        if country is not None:
            united = article and country.name.split()[0] in ("United", "Union")
            return f"the {country.name}" if united else country.name
        org = self.gazetteer.organization_by_code(code)
        if org is None:
            return code
        return f"the {org.name}" if article and not org.name.isupper() else org.name

    @staticmethod
    def _person(group: list[PersonMention]) -> _Draft:
        """The draft of one name cluster: fullest name, current title, voted country."""
        names = [m.name for m in group if m.name is not None]
        title, role = _role(group)
        votes = [v for m in group for v in m.votes]
        # A former title still says which state the person belongs to ("ousted President X").
        any_title = title or next((m.title for m in group if m.title is not None), None)
        return _Draft(
            key=f"person:{group[0].span.start}",
            name=canonical(fullest(names)),
            kind="person",
            country=_vote(votes),
            role=role,
            sector=title.sector if title else None,
            mentions=[m.span for m in group],
            title_id=title.id if title else None,
            category=any_title.category if any_title else None,
            evidence=bool(votes),
            votes=votes,
        )


def _official(draft: _Draft, sentence_states: list[tuple[int, int, frozenset[str]]]) -> Official:
    """What the issuer rule reads of a person draft.

    Args:
        draft: the person.
        sentence_states: (start char, end char, states named) of each sentence naming a state.
    """
    last = draft.name.split()[-1].lower() if draft.name else ""
    starts = tuple(m.start for m in draft.mentions)
    nearby = frozenset(code for lo, hi, codes in sentence_states if any(lo <= s < hi for s in starts) for code in codes)
    return Official(
        draft.country,
        draft.evidence,
        draft.category if draft.title_id else None,
        draft.sector if draft.title_id else None,
        (draft.title_id, last),
        starts,
        nearby,
    )


def _sentence_states(doc: Doc, states: list[StateMention]) -> list[tuple[int, int, frozenset[str]]]:
    """(start char, end char, states named) of each sentence that names a state."""
    by_sentence: dict[tuple[int, int], set[str]] = {}
    for m in states:
        sentence = doc[m.start].sent
        by_sentence.setdefault((sentence.start_char, sentence.end_char), set()).add(m.iso3)
    return [(lo, hi, frozenset(codes)) for (lo, hi), codes in by_sentence.items()]


def _role(group: list[PersonMention]) -> tuple[TitleEntry | None, str | None]:
    """The title held as of the text, and its fullest spelling there.

    The title is the most frequent current one next to the name (first on a tie); its role
    text is the longest way the text wrote it ("External Affairs Minister" over "EAM").
    """
    current = [m for m in group if m.title is not None and not m.former]
    if not current:
        return None, None
    counts = Counter(m.title.id for m in current if m.title is not None)
    best = max(counts.values())
    title = next(m.title for m in current if m.title is not None and counts[m.title.id] == best)
    spellings = [m.role or title.name for m in current if m.title is not None and m.title.id == title.id]
    return title, max(spellings, key=len)


def _role_name(title: str, written: str | None) -> str:
    """A role-only person's name: the title as written when it says more ("special envoy" ->
    "Special Envoy"), else the gazetteer's name for it ("EAM" -> "External Affairs Minister")."""
    if written is None or len(written) <= len(title) or title.lower() not in written.lower():
        return title
    return " ".join(w if w[:1].isupper() or w in LOWER_IN_NAMES else w.capitalize() for w in written.split())


def _qualifying(doc: Doc, states: list[StateMention], spans: list[tuple[int, int]]) -> frozenset[str]:
    """States named right before a title or name ("Ugandan President", "Jordan's King",
    "South African leader X") or
    in an "of (the) X" right after one ("King Abdullah II of Jordan")."""
    starts = {s for s, _ in spans}
    ends = {e for _, e in spans}
    found = set()
    for m in states:
        after = m.end + (m.end < len(doc) and doc[m.end].text in ("'s", "’s"))
        after += after < len(doc) and doc[after].lower_ in BRIDGE_NOUNS
        before = m.start - 1 - (m.start >= 2 and doc[m.start - 1].lower_ == "the")
        if after in starts or (before >= 0 and doc[before].lower_ == "of" and before in ends):
            found.add(m.iso3)
    return frozenset(found)


def _city_population(name: str) -> int:
    """The population of the biggest city called `name`, 0 for none."""
    city = GeonamesIndex.load().city(name)
    return city.population if city is not None else 0


def _vote(votes: list[tuple[str, int]]) -> str | None:
    """The country with the most evidence weight; None on no evidence or a tie."""
    if not votes:
        return None
    weight: Counter[str] = Counter()
    for country, w in votes:
        weight[country] += w
    ranked = weight.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def _number(drafts: Iterable[_Draft]) -> tuple[Actor, ...]:
    """Actors with ids a1, a2... in order of first mention; mentions in document order."""
    ordered = sorted((d for d in drafts if d.mentions), key=lambda d: min(s.start for s in d.mentions))
    return tuple(
        Actor(
            id=f"a{n}",
            name=d.name,
            kind=d.kind,
            country=d.country,
            role=d.role,
            sector=d.sector,
            mentions=tuple(sorted(set(d.mentions), key=lambda s: (s.start, s.end))),
        )
        for n, d in enumerate(ordered, start=1)
    )
