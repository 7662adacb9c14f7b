"""Event coding: PLOVER and CAMEO events from parsed clauses, engagements and outcomes."""

from communique.events.coder import CODER_NAME, EventCoder
from communique.events.lexicon import Lexicon, Trigger
from communique.events.tables import PLOVER_TYPES, CodeTables

__all__ = ["CODER_NAME", "CodeTables", "EventCoder", "Lexicon", "PLOVER_TYPES", "Trigger"]
