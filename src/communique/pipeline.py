"""The whole extraction, document in, `Record` out, with every resource loaded once."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from communique.diplomacy import DiplomacyExtractor
from communique.events import EventCoder
from communique.mentions.actors import ActorResolver
from communique.mentions.dates import DateResolver
from communique.mentions.places import PlaceResolver
from communique.mentions.quotes import QuoteExtractor
from communique.nlp import MODEL_PACKAGE, Analysis, load_nlp
from communique.nlp.chunks import pipe_pieces
from communique.nlp.gazetteer import Gazetteer
from communique.stages import (
    ActorStage,
    DateStage,
    DiplomacyStage,
    EventStage,
    PlaceStage,
    QuoteStage,
)
from communique.errors import CommuniqueError, InputError
from communique.types import Document, Mentions, Provenance, Record

# Documents per nlp.pipe batch. Peak memory follows the longest documents in a batch (a long
# transcript parses into hundreds of MB), and throughput does not gain from bigger batches on
# CPU: on the 213-document meetings corpus, 32 peaked at 1.19 GB and 8 at 0.77 GB, with the
# same words per second (benchmarks/throughput.py --batch-size).
BATCH_SIZE = 8

# Texts longer than this many characters are parsed in pieces cut at blank lines and joined
# back into one Doc (communique.nlp.chunks), so that a long transcript does not take hundreds
# of MB in one parse. Peak RSS on the 213-text meetings corpus (benchmarks/memory.py): whole
# texts 765 MB; pieces of 20,000 chars 633 MB, 10,000 491 MB, 5,000 410 MB. At 10,000, 26
# texts are cut at 67 seams and 1 record of 231 (corpus and demo) differs, by one date at a seam.
CHUNK_CHARS = 10_000


class Pipeline:
    """Reads documents into records. Build one per process and reuse it.

    Example:
        >>> pipeline = Pipeline()  # doctest: +SKIP
        >>> record = pipeline.extract(Document(id="d1", text="...", source="-"))  # doctest: +SKIP
    """

    def __init__(self, chunk_chars: int | None = CHUNK_CHARS) -> None:
        """Load every resource.

        Args:
            chunk_chars: texts longer than this are parsed in pieces of at most this many
                characters, cut at blank lines; None or 0 parses every text whole.
        """
        from communique import __version__

        self.chunk_chars = chunk_chars
        self.nlp = load_nlp()
        gazetteer = Gazetteer.load()
        self.actors: ActorStage = ActorResolver(gazetteer)
        self.places: PlaceStage = PlaceResolver(gazetteer)
        self.dates: DateStage = DateResolver()
        self.quotes: QuoteStage = QuoteExtractor()
        self.diplomacy: DiplomacyStage = DiplomacyExtractor()
        self.coder: EventStage = EventCoder()
        stages = (self.actors, self.places, self.dates, self.quotes, self.diplomacy, self.coder)
        self.provenance = Provenance(
            communique=__version__,
            components=tuple(stage.name for stage in stages),
            model=self.nlp.meta.get("name", MODEL_PACKAGE),
            model_version=self.nlp.meta.get("version", "unknown"),
        )

    def extract(self, document: Document) -> Record:
        """The record of one document."""
        return next(self.extract_many([document]))

    def extract_many(self, documents: Iterable[Document]) -> Iterator[Record]:
        """Records for many documents, parsed in batches by `nlp.pipe` (same order as given)."""
        for doc, document in self._parse(documents):
            yield self._read(Analysis(document, doc))

    def extract_each(
        self, documents: Iterable[Document | InputError], *, debug: bool = False
    ) -> Iterator[Record | InputError]:
        """Like `extract_many`, but a document that fails becomes an `InputError` in its place.

        Inputs that already failed upstream (an `InputError` from ingest) pass through in
        order, so a batch run reports every failure and never loses the other documents.
        With `debug`, an unexpected error propagates with its traceback instead.
        """
        for chunk in _chunks(documents, BATCH_SIZE * 4):
            good = [item for item in chunk if isinstance(item, Document)]
            records = self._safe_records(good, debug)
            for item in chunk:
                yield item if isinstance(item, InputError) else next(records)

    def _parse(self, documents: Iterable[Document]) -> Iterator[tuple[Doc, Document]]:
        pairs = ((d.text, d) for d in documents)
        return pipe_pieces(self.nlp, pairs, batch_size=BATCH_SIZE, max_chars=self.chunk_chars)

    def _safe_records(self, documents: list[Document], debug: bool) -> Iterator[Record | InputError]:
        for doc, document in self._parse(documents):
            try:
                yield self._read(Analysis(document, doc))
            except CommuniqueError as exc:
                yield InputError(document.source, str(exc))
            except Exception as exc:  # a bug must not sink the batch; --debug shows it
                if debug:
                    raise
                yield InputError(
                    document.source,
                    f"internal error ({type(exc).__name__}: {exc})",
                    "rerun with --debug for the traceback and report it",
                )

    def _read(self, analysis: Analysis) -> Record:
        found = self.actors(analysis)
        mentions = Mentions(
            actors=found.actors,
            places=self.places(analysis),
            dates=self.dates(analysis),
            references=found.references,
        )
        quotes = self.quotes(analysis, mentions)
        diplomacy = self.diplomacy(analysis, mentions, quotes)
        events = self.coder(analysis, mentions, diplomacy.engagements, diplomacy.outcomes)
        return Record(
            document=analysis.document,
            actors=mentions.actors,
            places=mentions.places,
            dates=mentions.dates,
            references=mentions.references,
            engagements=diplomacy.engagements,
            outcomes=diplomacy.outcomes,
            quotes=diplomacy.quotes,
            events=events,
            topics=diplomacy.topics,
            provenance=self.provenance,
        )


def _chunks(items: Iterable[Document | InputError], size: int) -> Iterator[list[Document | InputError]]:
    chunk: list[Document | InputError] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
