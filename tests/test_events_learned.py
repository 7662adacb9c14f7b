"""The learned fallback: a naive Bayes guess of the CAMEO root where the rules code nothing.

It is off by default (cross-validation on the dev parts showed no gain); these tests check
the model itself and what the coder does when one is given. Sentences are written here.
"""

from __future__ import annotations


from spacy.language import Language
from spacy.tokens import Span as SpacySpan

from communique.events import EventCoder

from event_helpers import code_with_actors
from communique.events.coder import HYBRID_NAME
from communique.events.learned import LearnedFallback, NaiveBayes, features, trained_model
from communique.types import Event

ACTORS = {"Kenya": ("KEN", "state"), "Ghana": ("GHA", "state")}
# No lexicon verb, two states: the rules leave it uncoded.
UNCODED = "Kenya and Ghana, a new chapter."


class Always(LearnedFallback):
    """A fallback that always makes the same guess."""

    def __init__(self, root: str, probability: float) -> None:
        super().__init__(model=None, threshold=0.0)
        self.guess = (root, probability)

    def __call__(self, sentence: SpacySpan) -> tuple[str, float]:
        return self.guess


def code(nlp: Language, coder: EventCoder, text: str) -> tuple[Event, ...]:
    return code_with_actors(nlp, coder, text, ACTORS)


def test_naive_bayes_prefers_the_label_whose_words_it_saw() -> None:
    model = NaiveBayes.train([(("shell", "town"), "18"), (("meet", "talk"), "04")] * 2)
    label, probability = model.predict(("talk", "unknown"))
    assert label == "04" and probability > 0.5


def test_naive_bayes_training_is_deterministic() -> None:
    examples = [(("a", "b"), "x"), (("b", "c"), "y"), (("c", "a"), "z")]
    assert NaiveBayes.train(examples) == NaiveBayes.train(list(reversed(examples)))


def test_features_leave_out_names_and_keep_the_root_verb(nlp: Language) -> None:
    found = features(next(nlp("Kenya did not sign the accord with Ghana.").sents))
    assert "ROOT=sign" in found and "NEG" in found
    assert not any("kenya" in f or "ghana" in f for f in found)


def test_trained_model_reads_an_unseen_attack_as_force(nlp: Language) -> None:
    sentence = next(nlp("Guerrillas bombed an army barracks and killed twelve soldiers.").sents)
    root, _ = trained_model().predict(features(sentence))
    assert root in ("18", "19", "20")


def test_coder_has_no_fallback_unless_given_one(nlp: Language) -> None:
    assert EventCoder().fallback is None
    assert code(nlp, EventCoder(), UNCODED) == ()


def test_fallback_guess_is_coded_low_with_actors_by_position(nlp: Language) -> None:
    (event,) = code(nlp, EventCoder(fallback=Always("06", 0.9)), UNCODED)
    assert event.plover.type == "COOPERATE" and event.cameo.code == "06"
    assert event.source == ("state:Kenya",) and event.target == ("state:Ghana",)
    assert event.confidence == 0.25 and event.coder == HYBRID_NAME


def test_fallback_public_statement_gives_no_event(nlp: Language) -> None:
    assert code(nlp, EventCoder(fallback=Always("01", 0.9)), UNCODED) == ()


def test_fallback_needs_a_named_party(nlp: Language) -> None:
    text = "The villagers, a new chapter."
    assert code(nlp, EventCoder(fallback=Always("18", 0.9)), text) == ()


def test_fallback_is_not_asked_where_the_rules_coded_an_event(nlp: Language) -> None:
    events = code(nlp, EventCoder(fallback=Always("18", 0.9)), "Kenya met Ghana in Accra.")
    assert events and all(e.coder != HYBRID_NAME for e in events)
