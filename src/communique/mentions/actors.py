"""The actor stage: people, states, organisations and groups, with every mention, by rules.

The steps, each in its own module:
`actor_states` (countries and demonyms) -> `actor_titles` (titles of office) ->
`actor_people` (names, their titles and country evidence; `actor_known` adds listed names
the model missed) -> `actor_sides` ("represented Japan") -> `actor_names` (one person per
name cluster) -> `actor_known` (the table of well-known figures, where the text is silent)
-> `actor_issuer` (the issuing government's own officials) -> `actor_dyads` -> `actor_orgs`
-> `actor_references` ("the two sides"). A person's country is a vote over what the text
says, else the table's; unknown stays None.

Example:
    >>> resolver = ActorResolver(Gazetteer.load())  # doctest: +SKIP
    >>> found = resolver(Analysis(document, nlp(document.text)))  # doctest: +SKIP
    >>> [(a.name, a.role, a.country) for a in found.actors if a.kind == "person"]  # doctest: +SKIP
    [('S. Jaishankar', 'External Affairs Minister', 'IND')]
"""

from __future__ import annotations

from communique.mentions.actor_context import add_context_votes, dateline_country
from communique.mentions.actor_drafts import (
    Draft,
    number,
    person_draft,
    role_name,
    vote,
)
from communique.mentions.actor_dyads import Holder, dyad_sides, named_dyad, sole_state
from communique.mentions.actor_evidence import EXPLICIT
from communique.mentions.actor_gazetteer import ActorGazetteer
from communique.mentions.actor_issuer import issuer_country, issuer_officials, lead_span
from communique.mentions.actor_known import listed_mentions, table_countries
from communique.mentions.actor_lexicon import load_actor_lexicon
from communique.mentions.actor_mention import PersonMention
from communique.mentions.actor_names import cluster_names
from communique.mentions.actor_nonpeople import is_false_person
from communique.mentions.actor_orgs import find_orgs, international_orgs
from communique.mentions.actor_people import PeopleFinder
from communique.mentions.actor_people_table import load_people_table
from communique.mentions.actor_references import find_references
from communique.mentions.actor_scope import (
    city_population,
    official,
    qualifying,
    sentence_states,
)
from communique.mentions.actor_sides import add_side_votes
from communique.mentions.actor_stances import (
    add_stance_votes,
    answered_states,
    speaking_tokens,
    stance_cues,
)
from communique.mentions.actor_states import find_states
from communique.mentions.actor_titles import find_titles
from communique.nlp.analysis import Analysis
from communique.stages import ActorsFound

STATE_SECTOR = "government"


class ActorResolver:
    """Finds the actors of one document. Build once (it holds the gazetteer), call per document."""

    name = "actors.rules.v1"

    def __init__(self, gazetteer: ActorGazetteer) -> None:
        self.gazetteer = gazetteer
        self.lexicon = load_actor_lexicon()
        self.people = PeopleFinder(gazetteer, self.lexicon)
        self.table = load_people_table()
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
        lower_words = frozenset(t.text for t in doc if t.is_lower)
        title_tokens = {i for t in titles for i in range(t.start, t.end)}
        people += listed_mentions(doc, self.table, people, state_at, title_tokens, lower_words)
        people.sort(key=lambda m: m.span.start)
        add_side_votes(doc, people, state_at, self.lexicon)
        add_stance_votes(people, stances)
        add_context_votes(doc, people, state_at, dateline_country(doc, self.capitals))
        # A title alone stands for a person only when the text ties it to a country.
        people = [p for p in people if p.name is not None or p.votes or p.label_start >= 0]

        drafts: dict[str, Draft] = {}
        for m in states:
            country = self.gazetteer.country_by_code(m.iso3)
            draft = drafts.setdefault(
                f"state:{m.iso3}",
                Draft(f"state:{m.iso3}", country.name if country else m.iso3, "state", m.iso3, None, STATE_SECTOR),
            )
            draft.mentions.append(analysis.span_of(doc[m.start : m.end]))
        persons = self._people(people, lower_words)
        # The table speaks only where the text is silent: before the issuer and dyad rules,
        # which guess a side from the document's shape.
        table_countries(persons, self.table, _year(analysis.document.published), lower_words)
        issuer = issuer_country(analysis.document, self.gazetteer, self.lexicon)
        if issuer is not None:
            lead = lead_span(doc, analysis.document.title)
            nearby = sentence_states(doc, states)
            officials = [official(d, nearby) for d in persons]
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
            spoken_for = qualifying(doc, states, [(t.start, t.end) for t in titles] + [(p.start, p.end) for p in people])
            spoken_for |= answered_states(doc, state_at, self.lexicon)
            for index, country in sole_state(holders, states, self.lexicon.home_categories, spoken_for).items():
                persons[index].country = country
        for draft in persons:
            drafts[draft.key] = draft
        claimed = set(state_at) | title_tokens
        claimed.update(i for p in people for i in range(p.start, p.end))
        for org in find_orgs(doc, self.gazetteer, self.lexicon, state_at, claimed):
            draft = drafts.setdefault(org.key, Draft(org.key, org.name, org.kind, org.country, None, org.sector))
            draft.mentions.append(org.span)

        actors = number(drafts.values())
        state_ids = {f"state:{a.country}": a.id for a in actors if a.kind == "state"}
        ordered_states = [(m.start, state_ids[f"state:{m.iso3}"]) for m in states]
        references = find_references(doc, self.lexicon, ordered_states)
        return ActorsFound(actors=actors, references=tuple(references))

    def _people(self, people: list[PersonMention], lower_words: frozenset[str]) -> list[Draft]:
        """One draft per person: name clusters first, then lone titles joined to a holder."""
        named = [p for p in people if p.name is not None]
        clusters = cluster_names([p.name for p in named if p.name is not None], self.lexicon.nicknames)
        groups: dict[int, list[PersonMention]] = {}
        for mention, cluster in zip(named, clusters):
            groups.setdefault(cluster, []).append(mention)
        drafts = [
            person_draft(group)
            for group in groups.values()
            if not is_false_person(
                [m.name for m in group if m.name is not None],
                any(m.title is not None or m.label_start >= 0 for m in group),
                lower_words,
                self.lexicon,
                city_population,
            )
        ]
        for mention in (p for p in people if p.name is None and p.title is not None):
            country = vote(mention.votes)
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
                holder.country = vote(holder.votes) if holder.votes else holder.country or country
                holder.evidence = holder.evidence or bool(mention.votes)
            else:
                name = role_name(mention.title.name, mention.span.text)
                if country is not None:
                    name = f"{name} of {self._code_name(country, article=True)}"
                key = f"role:{mention.title.id}:{country}"
                holder = next((d for d in drafts if d.key == key), None)
                if holder is None:
                    holder = Draft(
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


def _year(published: str | None) -> int | None:
    """The year of a YYYY-MM-DD (or YYYY) publication date, or None."""
    return int(published[:4]) if published and published[:4].isdigit() else None
