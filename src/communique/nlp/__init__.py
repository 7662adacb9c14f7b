"""NLP stage: text -> spaCy parse with a gazetteer entity ruler ahead of the statistical NER."""

from communique.nlp.analysis import Analysis
from communique.nlp.model import MODEL_PACKAGE, load_nlp

__all__ = ["Analysis", "MODEL_PACKAGE", "load_nlp"]
