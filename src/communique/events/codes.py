"""The CAMEO code of a clause: the trigger's, refined by the complement it governs, and
turned into an intent, a threat or a refusal when the clause announces or negates a deed.

Example:
    >>> codes = SubCodes(CodeTables.load())  # doctest: +SKIP
    >>> codes.of(clause)  # "urged Chile to release" -> "0253"  # doctest: +SKIP
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from spacy.tokens import Token

from communique.events.clauses import Clause
from communique.events.modality import announces, may_happen, prescribes
from communique.events.tables import CodeTables
from communique.types import Modality

# Deeds whose announcement is an intent to cooperate (CAMEO 03) or, negated, a refusal (12).
COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
# Deeds whose announcement or possibility is a threat (CAMEO 13).
HOSTILE = frozenset({"SANCTION", "COERCE", "ASSAULT"})
# Agreeing with someone is a statement of accord (019); agreeing with them to do something is
# an intent to do it (03x).
_ACCORD = "019"
_INTENT = "030"
# A principle stated ("we must not allow refugees to drown") is a comment, not a refusal.
_COMMENT = "010"


@lru_cache(maxsize=1)
def _complements() -> dict[tuple[str, str], str]:
    text = files("communique.data").joinpath("event_complements.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and line[0] != "#"]
    return {(root, plover): code for root, plover, code in rows[1:]}


class SubCodes:
    """Picks a clause's CAMEO code from its trigger, its complement and its modality."""

    def __init__(self, tables: CodeTables) -> None:
        self.tables = tables
        self.complements = _complements()

    def combined(self, root: str, deed: str, default: str) -> str:
        """The code of `root` (an appeal, intent, demand, refusal or threat) about `deed`:
        by the longest listed prefix of the deed's code ("free" 084 under an appeal is
        0253), else by its PLOVER type (AID under an appeal is 023), else `default`."""
        for size in (4, 3, 2):
            if len(deed) >= size and (root, deed[:size]) in self.complements:
                return self.complements[(root, deed[:size])]
        kind = self.tables.plover_of(deed).type or ""
        return self.complements.get((root, kind), default)

    def of(self, clause: Clause) -> str:
        """The CAMEO code of a clause: the trigger's, refined by a complement it governs."""
        code = clause.trigger.cameo
        if clause.complement is not None:
            code = _INTENT if code == _ACCORD else code
            deed = clause.complement.cameo
            if code[:2] == "03" and self.tables.plover_of(deed).type in HOSTILE:
                # "vowed to retaliate", "is prepared to impose martial law": a pledge of
                # force or coercion is a threat.
                return self.combined("13", deed, "130")
            code = self.combined(code[:2], deed, code)
        return code

    def stance(self, code: str, modality: Modality, token: Token) -> str | None:
        """The CAMEO code of what a clause says its subject will do, or None if it reports a deed.

        CAMEO codes the saying: "will visit" expresses an intent to meet (036, AGREE), "could
        halt its mediation" or "plans to impose restrictions" threatens (13x), "would not
        meet the demands" refuses (12x); "must not allow" states a principle (010: no event).
        """
        kind = self.tables.plover_of(code).type or ""
        if modality == "negated":
            if kind in COOPERATIVE | {"AGREE"} and prescribes(token):
                return _COMMENT
            if kind in COOPERATIVE | {"AGREE"}:
                return self.combined("12", code, "120")
            return None
        if kind in COOPERATIVE and modality == "future" and announces(token):
            return self.combined("03", code, "030")
        if kind in HOSTILE and (announces(token) or may_happen(token)):
            return self.combined("13", code, "130")
        return None
