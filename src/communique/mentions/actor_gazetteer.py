"""What the actor resolver needs from a gazetteer, as `Protocol`s.

`communique.nlp.gazetteer.Gazetteer` satisfies `ActorGazetteer`; stating the slice the actor
rules use keeps them testable with a small fake and independent of the gazetteer's internals.
"""

from __future__ import annotations

from typing import Protocol


class CountryEntry(Protocol):
    @property
    def iso3(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def capital(self) -> str: ...


class OrganizationEntry(Protocol):
    @property
    def code(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def sector(self) -> str | None: ...


class TitleEntry(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def aliases(self) -> tuple[str, ...]: ...
    @property
    def category(self) -> str: ...
    @property
    def sector(self) -> str | None: ...
    @property
    def country(self) -> str | None: ...


class ActorGazetteer(Protocol):
    def country(self, text: str) -> CountryEntry | None: ...
    def country_by_code(self, iso3: str) -> CountryEntry | None: ...
    def organization(self, text: str) -> OrganizationEntry | None: ...
    def organization_by_code(self, code: str) -> OrganizationEntry | None: ...
    def title(self, text: str) -> TitleEntry | None: ...


def _key(text: str) -> str:
    return " ".join(text.replace(".", "").casefold().split())


def exact_title(gazetteer: ActorGazetteer, text: str) -> TitleEntry | None:
    """The title named by exactly `text` (any case), or None.

    `Gazetteer.title` also matches a title at either end of a longer phrase ("President Biden"
    -> President), which is right for a ruler span but wrong when probing token runs.
    """
    title = gazetteer.title(text)
    if title is None:
        return None
    key = _key(text)
    return title if any(_key(n) == key for n in (title.name, *title.aliases)) else None
