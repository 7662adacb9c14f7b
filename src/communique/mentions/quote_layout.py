"""Authors named by the layout of the copy rather than by a sentence.

- A short paragraph opening with a dash signs the quote that closes the paragraph before
  (`"..."` then `- Sen. Ana Reyes, in a tweet.`).
- A short verbless line naming a person, last inside the closing mark, signs a pull quote
  (`"...bomb.\nDonald Trump."`).
- An upper-case heading that opens a paragraph and runs into a quote heads a digest item
  (`EBOLA SURVIVORS, THROUGH THE LENS "..."`): PolNeAR marks the heading as the source.

Example:
    >>> # '"We will stay."\n\n- Sen. Ana Reyes, in a tweet.' -> speaker "Sen. Ana Reyes"
"""

from __future__ import annotations

from spacy.tokens import Doc

from communique.mentions.quote_attribution import Attribution, speaker_only
from communique.mentions.quote_tree import DASHES, is_name, tokens as _tokens

SIGNATURE_WORDS = 16  # a signature line is a name and a few words of who or where
HEADING_WORDS = 3  # a headline has a verb or a few nouns; two capitals are a name or a label


def dash_signature(doc: Doc, start: int, end: int) -> Attribution | None:
    """The name signing a quote from the short paragraph after it: `- Clinton.`, `-Sen. X, on Y`.

    Args:
        doc: the parsed document.
        start, end: the characters of the paragraph after the one the quote closes.
    """
    words = _tokens(doc, start, end)
    if not words or len(words) > SIGNATURE_WORDS or words[0].text[0] not in DASHES:
        return None
    # The tokenizer may glue the dash to the first word ("-President Obama").
    first = 1 if words[0].text in DASHES else 0
    if first >= len(words) or not is_name(words[first]) or words[first].pos_ == "PRON":
        return None
    found = speaker_only(words[first])
    if first == 0 and found.speaker is not None and found.speaker[0] == words[0].idx:
        found = Attribution(None, (found.speaker[0] + 1, found.speaker[1]), found.head, None)
    return found


def own_signature(doc: Doc, start: int, end: int) -> tuple[Attribution, int] | None:
    """The author named by the last line of the quoted words [start, end), and where the words end.

    '"Everybody believes it until they lose.\nDonald Trump."', '"...stimulus.\nJosh Bivens, Economic
    Policy Institute."': a pull quote repeated in the copy carries its author inside the closing
    mark, a short line with a person's name and no verb; PolNeAR marks that line as the source.

    Returns:
        The attribution (no cue) and the end of the quoted words before the signing line, or None.
    """
    body = doc.text[start:end].rstrip()
    cut = body.rfind("\n")
    if cut <= 0:
        return None
    line = [t for t in _tokens(doc, start + cut + 1, start + len(body)) if not t.is_space]
    if not line or len(line) > SIGNATURE_WORDS or any(t.pos_ in ("VERB", "AUX") for t in line):
        return None
    person = next((t for t in line if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"), None)
    if person is None:
        return None
    return speaker_only(person), start + len(body[:cut].rstrip())


def digest_heading(doc: Doc, start: int, open_at: int) -> Attribution | None:
    """An upper-case heading that opens the paragraph and runs into the quote: a digest item.

    "EBOLA SURVIVORS, THROUGH THE LENS "It's about ..." [HuffPost.]": a newsletter item heads
    a quote from the story it links with the story's headline, which PolNeAR marks as the
    source. Labels (`PENCE:`, `UPDATE -`) and datelines end in a colon or a dash and are not
    headings.

    Args:
        doc: the parsed document.
        start: the paragraph start.
        open_at: the quote's opening mark.
    """
    words = [t for t in _tokens(doc, start, open_at) if not t.is_space]
    if len(words) < HEADING_WORDS or words[-1].text in DASHES or words[-1].text == ":":
        return None
    letters = [c for c in doc.text[start:open_at] if c.isalpha()]
    if not all(c.isupper() for c in letters):
        return None
    span = (words[0].idx, words[-1].idx + len(words[-1].text))
    return Attribution(None, span, span, None)
