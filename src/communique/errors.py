"""The exceptions communique raises. Every one carries a message fit to show a user.

    CommuniqueError
    ├── InputError          an input cannot be read: missing, unreadable, empty, binary, bad format
    ├── ResourceError       a packaged model or data file is missing or broken
    └── EvaluationError     gold data for `communique evaluate` cannot be found or parsed
"""

from __future__ import annotations


class CommuniqueError(Exception):
    """Base of every error communique raises on purpose."""


class InputError(CommuniqueError):
    """An input document cannot be turned into text.

    Example:
        >>> str(InputError("notes.pdf", "binary file, not text", "convert it to .txt first"))
        'notes.pdf: binary file, not text (convert it to .txt first)'
    """

    def __init__(self, source: str, reason: str, hint: str | None = None) -> None:
        self.source = source
        self.reason = reason
        self.hint = hint
        message = f"{source}: {reason}"
        if hint:
            message += f" ({hint})"
        super().__init__(message)


class ResourceError(CommuniqueError):
    """A packaged resource (spaCy model, gazetteer, code table) is missing or broken."""


class EvaluationError(CommuniqueError):
    """Gold data for an evaluation is missing or malformed."""
