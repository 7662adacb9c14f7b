"""A clause's standing in its sentence: main event, embedded under another trigger, or
background; and the deeds a sentence does not report as done (what a statement is about,
what someone is only able to do).

These readings scale an event's confidence (docs/coding.md, section 18) or drop it, so the
main clause's event is the most confident reading of a sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.events.roles import issued_text

_DESCRIBING = frozenset({"relcl", "acl", "amod"})  # a clause or participle describing a noun
# Marks of a clause that sets the scene, and of one that states a condition.
_SCENE = frozenset({"after", "before", "since", "when", "while", "because", "until", "once", "as"})
_CONDITION = frozenset({"if", "unless"})
# Words of ability: "hackers capable of launching cyber warfare" report no attack.
_ABILITY = frozenset({"capable", "able", "ability", "capability", "capacity", "unable"})


def background(token: Token) -> bool:
    """Whether `token` itself describes a noun ("forces backed by Russia", "a journalist who
    had been sentenced"), sets the scene in a temporal or causal clause ("after Kiir pardoned
    him") or states a condition ("if Iran strikes", "unless Israel releases"). A participle
    on a text someone issued is what the text says, not background: "issued a statement
    calling on Belarus to..." calls on Belarus."""
    if token.dep_ in _DESCRIBING:
        return not issued_text(token)
    return token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _SCENE | _CONDITION for c in token.children
    )


def purpose(token: Token) -> bool:
    """Whether `token` heads a purpose clause: "provided funds to support refugees"."""
    return token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def of_ability(token: Token) -> bool:
    """Whether a deed is only what someone can do: "capable of launching", "able to strike"."""
    head = token.head
    if token.dep_ == "pcomp" and head.lower_ == "of":
        head = head.head
    elif token.dep_ not in ("xcomp", "acl"):
        return False
    return head.lemma_.lower() in _ABILITY


def standing(token: Token, triggers: set[int]) -> tuple[bool, bool]:
    """Whether `token` is not the sentence's main event (embedded), and whether it is part of
    the background (background), read on the whole chain of its governors.

    Embedded: another trigger governs it ("accused Israel of killing", or a later conjunct,
    "condemned the attack and urged restraint"), or it states a purpose ("provided funds to
    support refugees"). Background: it or any clause above it is background (`background`),
    so what is said inside a scene-setting clause stays there ("after Hollande accused Syrian
    troops of committing a war crime"). A bare reporting verb is no trigger, so the
    complement of "said" is the main event.
    """
    embedded = behind = False
    for _ in range(len(token.sent)):
        behind = behind or background(token)
        embedded = embedded or purpose(token)
        # spaCy makes a new `Token` per access, so the root is found by index, not identity.
        if token.head.i == token.i:
            break
        token = token.head
        embedded = embedded or token.i in triggers
    return embedded or behind, behind


def under_statement(token: Token, statements: set[int]) -> bool:
    """Whether `token` is what a public statement (CAMEO 01) is about: denied ("denied that
    it tortured"), claimed ("claimed responsibility for the bombings that killed 300"),
    considered ("is considering sending aid") or grieved ("condolences over an attack").

    CAMEO codes the statement, which has no PLOVER type, and not the deed it names, which
    the sentence does not report as done. A conjunct is a second act of the speaker ("denied
    the charges and accused the government"), not the statement's content.
    """
    for _ in range(len(token.sent)):
        if token.head.i == token.i or token.dep_ == "conj" and token.head.i in statements:
            return False
        token = token.head
        if token.i in statements:
            return True
    return False
