"""Whether a clause asserts an event, announces it, supposes it, or denies it.

Read from the trigger's own dependents and from the verbs that govern it through
complements ("plan to visit", "did not agree to meet"):

- negated: a negation on the trigger or a governing verb ("did not agree", "no talks",
  "failed to reach a deal");
- hypothetical: a conditional or a modal of possibility ("could impose", "if they attack");
- future: "will" or "shall", a governing verb of planning ("plans to visit", "is set to sign"),
  or a nominal trigger described as upcoming ("the planned visit");
- asserted: otherwise.

Reported future ("said it would open") counts as future, not as hypothetical.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.types import Modality

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_POSSIBLE_AUX = frozenset({"could", "might", "may", "should", "can", "must"})
_PLANNING = frozenset(
    {"plan", "expect", "schedule", "set", "due", "intend", "prepare", "aim", "go", "decide"}
)
_SUPPOSING = frozenset({"consider", "mull", "weigh", "threaten", "hope", "seek", "want", "try"})
_WILLING = frozenset({"ready", "willing", "prepared", "prepare", "determined", "eager", "offer"})
_MAYBE = frozenset({"could", "might", "may"})
_OUGHT = frozenset({"must", "should", "ought"})
_FAILING = frozenset({"fail", "refuse", "decline"})
_UPCOMING = frozenset({"upcoming", "planned", "forthcoming", "next", "future", "scheduled"})
_POSSIBLE = frozenset({"possible", "potential", "proposed", "likely"})
_CONDITIONAL = frozenset({"if", "unless", "whether"})
_REPORTING = frozenset({"say", "announce", "tell", "state", "add", "report", "confirm", "claim"})


def _negated(token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
            return True
    return False


def _governors(token: Token) -> list[Token]:
    """The verbs that govern `token` through complements, nearest first."""
    chain: list[Token] = []
    while token.dep_ in ("xcomp", "conj", "acomp") and token.head is not token:
        token = token.head
        chain.append(token)
    return chain


def modality_of(trigger: Token) -> Modality:
    """The modality of the clause that `trigger` heads."""
    clause = [trigger, *_governors(trigger)]
    if any(_negated(t) for t in clause):
        return "negated"
    if any(t.lemma_ in _FAILING for t in clause[1:]):
        return "negated"
    aux = {c.lower_ for t in clause for c in t.children if c.dep_ in ("aux", "auxpass")}
    marks = {c.lower_ for t in clause for c in t.children if c.dep_ == "mark"}
    if marks & _CONDITIONAL:
        return "hypothetical"
    if aux & _FUTURE_AUX:
        return "future"
    if "would" in aux:
        # "said it would open a consulate" announces; a bare "would" supposes.
        head = clause[-1].head
        return "future" if head.lemma_ in _REPORTING else "hypothetical"
    if aux & _POSSIBLE_AUX:
        return "hypothetical"
    governors = {t.lemma_ for t in clause[1:]}
    if governors & _PLANNING or "going" in aux:
        return "future"
    if governors & _SUPPOSING:
        return "hypothetical"
    modifiers = {c.lower_ for c in trigger.children if c.dep_ in ("amod", "compound")}
    if modifiers & _UPCOMING:
        return "future"
    if modifiers & _POSSIBLE:
        return "hypothetical"
    return "asserted"


def announces(trigger: Token) -> bool:
    """Whether the clause states what its subject will do ("will visit", "ready to send",
    "said it would not meet"), the mark of a CAMEO intent, threat or refusal."""
    clause = [trigger, *_governors(trigger)]
    aux = {c.lower_ for t in clause for c in t.children if c.dep_ in ("aux", "auxpass")}
    if aux & _FUTURE_AUX or "would" in aux or "going" in aux:
        return True
    governors = {t.lemma_ for t in clause[1:]}
    # "decided to lift the sanctions" reports the decision taken, not an intent.
    return bool(governors & (_PLANNING | _WILLING) - {"decide"})


def may_happen(trigger: Token) -> bool:
    """Whether a modal of possibility, not a condition, qualifies the clause ("could halt")."""
    clause = [trigger, *_governors(trigger)]
    aux = {c.lower_ for t in clause for c in t.children if c.dep_ == "aux"}
    marks = {c.lower_ for t in clause for c in t.children if c.dep_ == "mark"}
    # "may have launched" guesses at the past; it threatens nothing.
    past = "have" in aux and trigger.tag_ == "VBN"
    return bool(aux & _MAYBE) and not marks & _CONDITIONAL and not past


def prescribes(trigger: Token) -> bool:
    """Whether the clause says what ought to be ("we must not allow", "should not accept")
    rather than what its subject does or will do."""
    clause = [trigger, *_governors(trigger)]
    return any(c.dep_ == "aux" and c.lower_ in _OUGHT for t in clause for c in t.children)
