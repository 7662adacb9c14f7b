"""Diplomacy stage: engagements (meetings, calls, visits...), their outcomes, and topics."""

from communique.diplomacy.extractor import DiplomacyExtractor

__all__ = ["DiplomacyExtractor"]
