"""Nested attributions: an outer source that reports the reporting verb itself.

"According to the school's post, Ashry said "..."", "'...,' Walker said, according to an AP
account", "In a new poll, 75 percent of voters said "..."": the words reach the reader through the
outer source, and PolNeAR marks that source as the speaker. So does the subject of a relaying verb
above the cue ('"...," X said, CNN reported'; `relay` rows of `data/quote_words.tsv`). The outer
source must hang from the cue or from a clause above it, in the cue's sentence and outside quotation
marks; a cue with no such phrase keeps its own speaker.

Example:
    >>> # 'According to the Gazette, Mr. Ode said "we won."' -> speaker "the Gazette", cue "According"
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from communique.mentions.quote_attribution import Attribution, QuotedText, source_maker
from communique.mentions.quote_lexicon import QuoteWords
from communique.mentions.quote_tree import after_comma, has_subject, head_span, is_name, noun_phrase, subject


def outer_source(doc: Doc, found: Attribution, marks: QuotedText, words: QuoteWords) -> Attribution:
    """The attribution with its speaker replaced by an outer source of its cue, if there is one.

    Args:
        doc: the parsed document.
        found: an attribution whose `cue_index` is a reporting verb.
        marks: the document's quoted text, where no outer source stands.
        words: the quote word lists (`sources`: "poll", "survey").
    """
    if found.cue_index is None:
        return found
    cue = doc[found.cue_index]
    if cue.lower_ == "according":
        return found
    heads = {cue.i} | {t.i for t in cue.ancestors}
    for tok in cue.sent:
        if tok.head.i not in heads or tok.idx in marks:
            continue
        source = _source(tok, words)
        if source is not None:
            cue_span = (tok.idx, tok.idx + len(tok.text))
            return Attribution(cue_span, noun_phrase(source), head_span(source), found.cue_index)
    reporter = _reporter(cue, marks, words) or _inverted_reporter(cue, marks, words)
    if reporter is not None:
        return Attribution(found.cue, noun_phrase(reporter), head_span(reporter), found.cue_index)
    return found


def _reporter(cue: Token, marks: QuotedText, words: QuoteWords) -> Token | None:
    """The outer reporter of a clause above the cue, else None.

    The subject of a relaying verb ('"...," X said, CNN reported' -> CNN), or a poll or survey
    that is the subject of any verb above the cue ('The poll finds that 22 percent say "..."' ->
    poll): the respondents speak only through the poll, and PolNeAR marks the poll.
    """
    for verb in cue.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        found = subject(verb)
        if found is None or found.idx in marks:
            continue
        if verb.lemma_.lower() in words.relays:
            return found
        # A digest label ("POLLS MISSED IT - Name: "..."") is no verb a poll reports through.
        if cue.pos_ == "VERB" and found.lemma_.lower() in words.sources:
            return found
    return None


def _inverted_reporter(cue: Token, marks: QuotedText, words: QuoteWords) -> Token | None:
    """The inverted subject of a relaying verb closing the cue's sentence, else None.

    'X noted that the levy is "essential" to the budget, reported the Daily Ledger.': the parser
    hangs `reported` anywhere (a conjunct of the cue, a clause under it) and reads the outlet as
    its object. A relay after a comma, with no subject of its own, whose name ends the sentence,
    names the outer source.
    """
    for verb in cue.sent:
        if verb.i <= cue.i or verb.pos_ != "VERB" or verb.lemma_.lower() not in words.relays:
            continue
        if not after_comma(verb) or has_subject(verb):
            continue
        named = next((c for c in verb.rights if c.dep_ in ("dobj", "nsubj") and is_name(c)), None)
        if named is None or named.idx in marks:
            continue
        rest = verb.doc[named.right_edge.i + 1 : cue.sent.end]
        if all(t.is_punct or t.is_space for t in rest):
            return named
    return None


def _source(tok: Token, words: QuoteWords) -> Token | None:
    """The noun of "according to X" or of "in a poll" / "in a survey" standing at `tok`, else None."""
    if tok.lower_ == "according":
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        found = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        return source_maker(found) or found if found is not None else None
    if tok.lower_ == "in" and tok.dep_ == "prep":
        noun = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if noun is not None and noun.lemma_.lower() in words.sources:
            return noun
    return None


def document_owner(doc: Doc, found: Attribution, marks: QuotedText, words: QuoteWords) -> Attribution:
    """The attribution with a document speaker replaced by whoever issued it, if the clause says.

    "Trump released a video that said "..."", "Mr. Ode issued a statement saying "..."", "Sanders'
    email notes that "..."": the document carries the words, and PolNeAR marks the one who issued
    it. A document with no owner in its clause ("a statement said") keeps its speaker.
    A recording of a name ("a clip of Trudeau saying") is that name's words.
    """
    if found.head is None or found.cue_index is None:
        return found
    span = doc.char_span(found.head[0], found.head[1], alignment_mode="expand")
    if span is None or span.root.lemma_.lower() not in words.documents:
        return found
    document = span.root
    owner = next((c for c in document.children if c.dep_ == "poss" and _named(c)), None)
    if owner is None:
        owner = _shown(document)
    if owner is None and document.dep_ == "dobj":
        issuer = subject(document.head)
        if issuer is not None and issuer.i < document.i and is_name(issuer) and issuer.idx not in marks:
            owner = issuer
    if owner is None:
        return found
    return Attribution(found.cue, noun_phrase(owner), head_span(owner), found.cue_index)


def _named(owner: Token) -> bool:
    """True for a proper noun, or a capitalised word the tagger took for a common noun.

    "Sanders' email notes": the tagger reads the bare plural possessive "Sanders'" as a noun.
    """
    return owner.pos_ == "PROPN" or (owner.pos_ == "NOUN" and owner.text[:1].isupper())


def _shown(document: Token) -> Token | None:
    """The name a document is "of" ("footage of Trudeau", "a video of Merkel"), else None."""
    for prep in document.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
    return None
