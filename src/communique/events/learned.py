"""A learned fallback: the CAMEO root of a sentence the rules found no event in.

The lexicon misses verbs and phrasings ("Israel strikes Gaza" in a headline the tagger reads
as nouns, a verb nobody listed). For such sentences a multinomial naive Bayes model over the
sentence's words guesses the CAMEO root (01-20). It is trained at first use, in a fraction
of a second, on `data/event_examples.tsv`: short news sentences written for this project,
about twenty per root. No weights are committed; training is deterministic.

Features are what a reader looks at: the lemmas of the content words (names excluded, so
that the model learns what was done, not who did it), adjacent lemma pairs, the root verb's
lemma, and flags for negation and modals.

Example:
    >>> model = trained_model()  # doctest: +SKIP
    >>> model.predict(features(doc[:]))  # doctest: +SKIP
    ('18', 0.91)
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from spacy.tokens import Span

# Word classes that say what happened; names (PROPN) say to whom, and are left out.
_CONTENT = frozenset({"NOUN", "VERB", "ADJ", "ADV", "ADP", "PART"})
# Words too common to tell roots apart.
_STOP = frozenset({"be", "have", "do", "the", "a", "of", "in", "on", "say", "tell", "'s", "to"})


def features(sentence: Span) -> tuple[str, ...]:
    """The features of one sentence: content lemmas, adjacent lemma pairs, the root verb's
    lemma, and NEG / MODAL flags."""
    lemmas = [
        t.lemma_.lower()
        for t in sentence
        if t.pos_ in _CONTENT and t.ent_type_ not in ("GPE", "NORP", "PERSON", "ORG")
        and t.lemma_.lower() not in _STOP and t.is_alpha
    ]
    found = [*lemmas, *(f"{a}_{b}" for a, b in zip(lemmas, lemmas[1:]))]
    root = sentence.root
    found.append(f"ROOT={root.lemma_.lower()}")
    if any(t.dep_ == "neg" for t in sentence):
        found.append("NEG")
    if any(t.tag_ == "MD" for t in sentence):
        found.append("MODAL")
    return tuple(found)


@dataclass(frozen=True, slots=True)
class NaiveBayes:
    """Multinomial naive Bayes with add-`alpha` smoothing, in log space."""

    priors: dict[str, float]
    likelihoods: dict[str, dict[str, float]]
    unseen: dict[str, float]  # log-likelihood of a known feature never seen with a label

    @staticmethod
    def train(examples: Iterable[tuple[Sequence[str], str]], alpha: float = 0.3) -> NaiveBayes:
        """A model from (features, label) pairs; labels are sorted so the result is
        deterministic."""
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        labels: Counter[str] = Counter()
        for feats, label in examples:
            labels[label] += 1
            counts[label].update(feats)
        vocabulary = {f for c in counts.values() for f in c}
        total = sum(labels.values())
        priors, likelihoods, unseen = {}, {}, {}
        for label in sorted(labels):
            denominator = sum(counts[label].values()) + alpha * len(vocabulary)
            priors[label] = math.log(labels[label] / total)
            likelihoods[label] = {
                f: math.log((n + alpha) / denominator) for f, n in counts[label].items()
            }
            unseen[label] = math.log(alpha / denominator)
        return NaiveBayes(priors, likelihoods, unseen)

    def probabilities(self, feats: Sequence[str]) -> dict[str, float]:
        """The posterior of every label; features the model never saw are ignored."""
        known = [f for f in feats if any(f in table for table in self.likelihoods.values())]
        scores = {
            label: prior
            + sum(self.likelihoods[label].get(f, self.unseen[label]) for f in known)
            for label, prior in self.priors.items()
        }
        top = max(scores.values())
        weights = {label: math.exp(s - top) for label, s in scores.items()}
        norm = sum(weights.values())
        return {label: w / norm for label, w in weights.items()}

    def predict(self, feats: Sequence[str]) -> tuple[str, float]:
        """The most probable label and its probability (the first label among equals)."""
        probabilities = self.probabilities(feats)
        label = max(sorted(probabilities), key=probabilities.__getitem__)
        return label, probabilities[label]


def example_sentences() -> list[tuple[str, str]]:
    """(CAMEO root, sentence) pairs of `data/event_examples.tsv`."""
    text = files("communique.data").joinpath("event_examples.tsv").read_text("utf-8")
    rows = (line.split("\t", 1) for line in text.splitlines() if line and line[0] != "#")
    return [(root, sentence) for root, sentence in rows]


def featurize(texts: Sequence[str]) -> list[tuple[str, ...]]:
    """The features of the first sentence of each text, parsed in one pass."""
    from communique.nlp import load_nlp  # the model is loaded only when training runs

    nlp = load_nlp()
    return [features(next(iter(doc.sents), doc[:])) for doc in nlp.pipe(texts, batch_size=128)]


@lru_cache(maxsize=1)
def trained_model() -> NaiveBayes:
    """The fallback model, trained once per process on the project's own examples."""
    rows = example_sentences()
    feats = featurize([sentence for _, sentence in rows])
    return NaiveBayes.train(zip(feats, (root for root, _ in rows), strict=True))


# The probability a guess must reach to be coded, chosen on the dev parts (docs/coding.md).
THRESHOLD = 0.6


class LearnedFallback:
    """Guesses the CAMEO root of a sentence, or None when the model is not sure enough."""

    def __init__(self, model: NaiveBayes | None = None, threshold: float = THRESHOLD) -> None:
        self._model = model
        self.threshold = threshold

    @property
    def model(self) -> NaiveBayes:
        # Trained on first use: documents the rules cover never pay for it.
        if self._model is None:
            self._model = trained_model()
        return self._model

    def __call__(self, sentence: Span) -> tuple[str, float] | None:
        root, probability = self.model.predict(features(sentence))
        return (root, probability) if probability >= self.threshold else None
