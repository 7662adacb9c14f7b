"""Actor extraction scored on public gold data: person names (WikiEvents), actor countries (PLOVER).

- `evaluate_wikievents`: precision and recall of person *name* mentions. WikiEvents marks every
  mention's `mention_type` as UNK, so names are told apart here: a gold PER mention is a name
  when one of its capitalised words never occurs in lower case anywhere in the split (so
  "Police", "Minister" at a sentence start are nominals) and it is not a pronoun or a
  demonym. A predicted person mention matches a gold name when their character spans overlap.
- `evaluate_plover_countries`: for each gold source/target actor with an ISO3 code, is there
  a predicted actor of that country (a state, or a person/organisation whose country it is)
  with a mention overlapping the gold `actorText` in the sentence?

Example:
    >>> report = evaluate_wikievents("dev", Path("../shared/eval-data"))  # doctest: +SKIP
    >>> report.metric("recall").value  # doctest: +SKIP
    0.8
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from communique.errors import EvaluationError
from communique.evaluate.report import Metric, Report
from communique.mentions.actors import ActorResolver
from communique.nlp import Analysis, load_nlp
from communique.nlp.gazetteer import Gazetteer
from communique.stages import ActorsFound
from communique.types import Document

WIKIEVENTS = "wikievents-dev-test"
PLOVER = "plover-gsr-cameo"
PRONOUNS = frozenset(
    "i me my mine myself you your yours yourself he him his himself she her hers herself we us our "
    "ours ourselves they them their theirs themselves who whom whose one".split()
)
GROUP_SUFFIXES = ("ish", "ic", "ist", "ian", "ese")
ISO3 = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True, slots=True)
class _GoldDoc:
    id: str
    text: str
    names: tuple[tuple[int, int], ...]  # character spans of gold person names
    persons: tuple[tuple[int, int], ...]  # every gold PER mention, names or not


def evaluate_wikievents(split: str, data_dir: Path) -> Report:
    """Person-name mention precision, recall and F1 on one WikiEvents split ("dev" to tune)."""
    path = data_dir / WIKIEVENTS / f"{split}.jsonl"
    if not path.is_file():
        raise EvaluationError(f"WikiEvents {split!r} not found at {path} (pass --data DIR)")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    gazetteer = Gazetteer.load()
    lowercase_words = {t for row in rows for t in row["tokens"] if t.islower()}
    golds = [_wikievents_doc(row, lowercase_words, gazetteer) for row in rows]
    predicted = total = matched_pred = any_person = 0
    found_gold = 0
    for gold, found in zip(golds, _resolve((g.id, g.text) for g in golds)):
        spans = [(m.start, m.end) for a in found.actors if a.kind == "person" for m in a.mentions]
        predicted += len(spans)
        matched_pred += sum(any(_overlap(s, g) for g in gold.names) for s in spans)
        any_person += sum(any(_overlap(s, g) for g in gold.persons) for s in spans)
        found_gold += sum(any(_overlap(s, g) for s in spans) for g in gold.names)
        total += len(gold.names)
    all_per = sum(len(g.persons) for g in golds)
    precision = matched_pred / predicted if predicted else 0.0
    recall = found_gold / total if total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Report(
        task="actors",
        dataset="wikievents",
        split=split,
        metrics=(
            Metric("person_name_precision", precision, predicted),
            Metric("person_name_recall", recall, total),
            Metric("person_name_f1", f1),
            Metric("person_precision_any_per", any_person / predicted if predicted else 0.0, predicted),
        ),
        notes=(
            f"{len(golds)} documents; {total} gold name mentions of {all_per} PER mentions "
            f"({all_per - total} pronouns, nominals, titles and group words excluded: mention_type is "
            "UNK, so a name needs a capitalised word never seen in lower case, and a lone plural, "
            "all-caps word or group adjective (-ish, -ic, -ist, -ian, -ese) is a group)",
            "person_precision_any_per counts a prediction right when it overlaps any gold PER mention",
        ),
    )


def evaluate_plover_countries(split: str, data_dir: Path) -> Report:
    """Accuracy of actor countries on PLOVER gold records (even positions dev, odd test)."""
    path = data_dir / PLOVER / "PLOVER_GSR_CAMEO.json"
    if not path.is_file():
        raise EvaluationError(f"PLOVER gold records not found at {path} (pass --data DIR)")
    records = json.loads(path.read_text(encoding="utf-8"))
    parity = 1 if split == "test" else 0
    chosen = [r for i, r in enumerate(records) if i and i % 2 == parity and r.get("event") not in (None, "DOCUMENT")]
    gazetteer = Gazetteer.load()
    found_n = total = 0
    for record, found in zip(chosen, _resolve((r["id"], r["text"]) for r in chosen)):
        # Only real ISO3 country codes: the file also has IGO, NGO, ISM... and the odd typo (JAP).
        for actor in (a for a in _gold_actors(record) if gazetteer.country_by_code(a["code"])):
            text, code = actor["actorText"], actor["code"]
            span = _locate(record["text"], text)
            total += 1
            if span is not None and _has_country_at(found, span, code):
                found_n += 1
    return Report(
        task="actors",
        dataset="plover-gsr-cameo",
        split=split,
        metrics=(Metric("country_accuracy", found_n / total if total else 0.0, total),),
        notes=(
            f"{len(chosen)} records; gold source/target actors whose code is an ISO3 country; a hit is a predicted "
            "state, or a person or organisation of that country, overlapping the gold actorText",
        ),
    )


def _resolve(items: Iterable[tuple[str, str]]) -> Iterator[ActorsFound]:
    nlp = load_nlp()
    resolver = ActorResolver(Gazetteer.load())
    pairs = ((text, Document(id=doc_id, text=text, source=doc_id)) for doc_id, text in items)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=16):
        yield resolver(Analysis(document, doc))


def _wikievents_doc(row: dict, lowercase_words: set[str], gazetteer: Gazetteer) -> _GoldDoc:
    """A document rebuilt from its tokens at their offsets (the `text` field drops the spaces
    between sentences that the offsets count), with a newline between sentences."""
    tokens = [tok for sentence, _ in row["sentences"] for tok in sentence]
    chars = [" "] * (tokens[-1][2] if tokens else 0)
    for word, start, end in tokens:
        chars[start:end] = word
    for sentence, _ in row["sentences"]:
        end = sentence[-1][2]
        if end < len(chars):
            chars[end] = "\n"
    names, persons = [], []
    for m in row["entity_mentions"]:
        if m["entity_type"] != "PER":
            continue
        span = (tokens[m["start"]][1], tokens[m["end"] - 1][2])
        persons.append(span)
        words = [tokens[i][0] for i in range(m["start"], m["end"])]
        if _is_name(words, lowercase_words, gazetteer):
            names.append(span)
    return _GoldDoc(row["doc_id"], "".join(chars), tuple(names), tuple(persons))


def _is_name(words: list[str], lowercase_words: set[str], gazetteer: Gazetteer) -> bool:
    text = " ".join(words)
    if text.lower() in PRONOUNS or gazetteer.country(text) is not None or gazetteer.title(text) is not None:
        return False
    # A lone plural or group adjective names a group, not a person: "Muslims", "Kurdish".
    if len(words) == 1 and (text.isupper() or text.endswith(GROUP_SUFFIXES) or (text.endswith("s") and not text.endswith("ss"))):
        return False
    return any(w[:1].isupper() and w.lower() not in lowercase_words and w.lower() not in PRONOUNS for w in words)


def _gold_actors(record: dict) -> list[dict]:
    actors: list[dict] = []
    for side in ("source", "target"):
        value = record.get(side)
        for actor in value if isinstance(value, list) else [value] if isinstance(value, dict) else []:
            if isinstance(actor, dict) and ISO3.match(actor.get("code", "")) and actor.get("actorText"):
                actors.append(actor)
    return actors


def _locate(text: str, needle: str) -> tuple[int, int] | None:
    """The first whole-word occurrence of a gold actorText, case and spacing aside.

    Gold texts carry stray spaces (" A member of", "Union  (Conservatives)"), and a bare
    substring search would find "US" inside "pushing".
    """
    words = needle.split()
    if not words:
        return None
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)"
    match = re.search(pattern, text, flags=re.IGNORECASE)
    return match.span() if match else None


def _has_country_at(found: ActorsFound, span: tuple[int, int], code: str) -> bool:
    return any(
        a.country == code and any(_overlap((m.start, m.end), span) for m in a.mentions) for a in found.actors
    )


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
