"""The gazetteer entity ruler: phrase patterns that run before spaCy's statistical `ner`.

Labels and ids (read them downstream as `ent.label_` and `ent.ent_id_`):

    countries, names and aliases   GPE    country:<ISO3>        "Japan", "U.S."
    demonyms                       NORP   country:<ISO3>        "Japanese"
    cities                         GPE    city:<ISO3>:<name>    "Fukuoka" -> city:JPN:Fukuoka
    organisations                  ORG    org:<code>            "the Quad" -> org:QUAD
    regions, seas, territories     LOC    region:<id>           "Indo-Pacific"
    titles                         TITLE  title:<id>            "EAM" -> title:external_affairs_minister

When two entries share a surface form, the first family in the order above keeps it, so the
same string never carries two labels. The ruler leaves every other token to `ner`, which then
predicts around the ruler's spans (people next to titles stay PERSON, without the title).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.util import compile_infix_regex

if TYPE_CHECKING:
    from communique.nlp.gazetteer import Gazetteer

RULER_NAME = "entity_ruler"

# spaCy splits "India-Japan" at the hyphen but keeps "U.S.-Philippines" whole, because its infix
# rule wants a letter before the hyphen. This rule also splits after an abbreviation's dot.
_ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"
# Copy often drops the space beside a double quotation mark ('Ryan said,“Look', 'Gowdy:"I have',
# 'he said.”Clinton'); spaCy then keeps cue, mark and first word as one token, and the quote's
# cue and speaker are lost. A double mark between two characters is a token of its own, and so
# is the comma, colon or other stop glued before it.
_GLUED_MARK_STOP = r"(?<=\S)[,:;!?](?=[\"“”„])"
_GLUED_MARK = r"(?<=\S)[\"“”„](?=\S)"


def gazetteer_patterns(gazetteer: Gazetteer) -> list[dict[str, str]]:
    """Phrase patterns ({label, pattern, id}) for every gazetteer entry, one label per string."""
    patterns: list[dict[str, str]] = []
    taken: set[str] = set()

    def add(label: str, entity_id: str, surfaces: Iterable[str]) -> None:
        for surface in surfaces:
            if surface not in taken:
                taken.add(surface)
                patterns.append({"label": label, "pattern": surface, "id": entity_id})

    for country in gazetteer.countries:
        add("GPE", f"country:{country.iso3}", (country.name, *country.aliases))
    for country in gazetteer.countries:
        add("NORP", f"country:{country.iso3}", country.demonyms)
    for org in gazetteer.organizations:
        add("ORG", f"org:{org.code}", _org_forms((org.name, *org.aliases)))
    for region in gazetteer.regions:
        add("LOC", f"region:{region.id}", (region.name, *region.aliases))
    for city in gazetteer.cities:  # most populous first, so it keeps a shared name
        add("GPE", f"city:{city.country}:{city.name}", (city.name, *city.aliases))
    for title in gazetteer.titles:
        add("TITLE", f"title:{title.id}", _title_forms((title.name, *title.aliases), title.case))
    return patterns


def _org_forms(names: Iterable[str]) -> Iterator[str]:
    """Names as written, plus the capitalised form of long acronyms ("NATO" -> "Nato")."""
    for name in names:
        yield name
        if name.isalpha() and name.isupper() and len(name) >= 4:
            yield name.capitalize()


def _title_forms(names: Iterable[str], case: str) -> Iterator[str]:
    """Titles as written and in capitals (transcript speaker labels: "SECRETARY BLINKEN:");
    for `case == "any"` also lower case ("the foreign minister") and capitalised words."""
    for name in names:
        yield name
        yield name.upper()
        if case == "any" and not _is_acronym(name):
            yield name.lower()
            yield " ".join(word[:1].upper() + word[1:] for word in name.split())


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return " " not in name and sum(c.isupper() for c in letters) >= 2


def add_gazetteer_ruler(nlp: Language, gazetteer: Gazetteer) -> EntityRuler:
    """Split hyphens after abbreviations and add the gazetteer ruler before `ner`.

    Example:
        >>> nlp = spacy.load(MODEL_PACKAGE)
        >>> ruler = add_gazetteer_ruler(nlp, Gazetteer.load())
        >>> [(e.text, e.ent_id_) for e in nlp("US-China talks").ents][0]
        ('US', 'country:USA')
    """
    infixes = [*nlp.Defaults.infixes, _ABBREVIATION_HYPHEN, _GLUED_MARK_STOP, _GLUED_MARK]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    before = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe(RULER_NAME, config={"overwrite_ents": False, "validate": False}, **before)
    # add_patterns runs the pipes ahead of the ruler over every pattern; only the tokenizer is
    # needed for phrase patterns, so run it alone (seconds faster at start-up).
    with nlp.select_pipes(enable=[RULER_NAME]):
        ruler.add_patterns(gazetteer_patterns(gazetteer))
    return ruler  # type: ignore[return-value]
