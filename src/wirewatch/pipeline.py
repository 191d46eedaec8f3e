"""The ``Pipeline``: loads every resource once and streams documents through the stages.

Each document is parsed once by spaCy; each wirewatch stage is a registered spaCy component
that reads the parse (and earlier layers) and writes its own layer in ``doc._`` (see
``wirewatch.nlp``). Stages are named in ``STAGES`` and may be swapped by name.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.config import Settings
from wirewatch.errors import StageError, WirewatchError
from wirewatch.nlp import load_nlp
from wirewatch.schema import Document, Event, Place, Statement, TimeRef

# Modules whose import registers the stages (spaCy factories). Kept as names so that nothing
# heavy is imported before a Pipeline is built.
STAGE_MODULES = ("wirewatch.stages",)

# The default recipe: the order matters, each stage may read the layers written before it.
STAGES: tuple[str, ...] = ("ww_timex", "ww_places", "ww_actors", "ww_events")


@dataclass
class Coded:
    """One document after the pipeline: its records and the layers they point into."""

    document: Document
    events: list[Event] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    timexes: list[TimeRef] = field(default_factory=list)
    # What coded it (``provenance.coded_by``); None for records made by hand.
    coded_by: str | None = None

    @property
    def records(self) -> list[Event | Statement]:
        return [*self.events, *self.statements]


@dataclass
class Failure:
    """A document the pipeline could not code, with the reason."""

    document: Document
    error: WirewatchError


class Pipeline:
    """Loads spaCy and the project's resources once; codes any number of documents."""

    def __init__(
        self,
        settings: Settings | None = None,
        stages: Iterable[str] | None = None,
        stage_config: dict[str, dict] | None = None,
    ) -> None:
        self.settings = settings or Settings()
        for module in STAGE_MODULES:
            importlib.import_module(module)
        self.nlp: Language = load_nlp(self.settings.model)
        self.stages = tuple(STAGES if stages is None else stages)
        stage_config = stage_config or {}
        self._stage_config = stage_config
        for name in self.stages:
            config = dict(stage_config.get(name, {}))
            if name == "ww_actors" and self.settings.actor_files:
                config.setdefault("extra_files", [str(p) for p in self.settings.actor_files])
            if name == "ww_events":
                config.setdefault("coder", self.settings.coder)
            self.nlp.add_pipe(name, config=config)
        self._failures: list[Failure] = []
        for name in self.stages:
            self.nlp.get_pipe(name).error_handler = self._on_error

    @cached_property
    def coded_by(self) -> str:
        """The label the store keeps beside each document this pipeline codes."""
        from wirewatch.provenance import coded_by

        parser = f"{self.nlp.meta.get('name')} {self.nlp.meta.get('version')}"
        return coded_by(self.settings, self.stages, self._stage_config, parser)

    def _on_error(self, name: str, _proc: object, docs: list[Doc], err: Exception) -> None:
        for doc in docs:
            document = doc._.document
            # A wirewatch error keeps its class (and so its code) under the stage's name.
            if isinstance(err, WirewatchError):
                error = type(err)(f"stage {name} failed: {err.reason}", where=document.id)
            else:
                reason = f"{type(err).__name__}: {err}"
                error = StageError(f"stage {name} failed: {reason}", where=document.id)
            self._failures.append(Failure(document, error))

    def make_doc(self, document: Document) -> Doc:
        doc = self.nlp.make_doc(document.text)
        doc._.document = document
        return doc

    def annotate(self, documents: Iterable[Document]) -> Iterator[Doc | Failure]:
        """Parsed and annotated docs, in input order; a ``Failure`` for a doc a stage broke on."""
        docs = (self.make_doc(d) for d in documents)
        for doc in self.nlp.pipe(docs, batch_size=self.settings.batch_size):
            yield from self._drain_failures()
            yield doc
        yield from self._drain_failures()

    def _drain_failures(self) -> Iterator[Failure]:
        while self._failures:
            yield self._failures.pop(0)

    def code(self, documents: Iterable[Document]) -> Iterator[Coded | Failure]:
        """Stream documents through every stage and yield their records."""
        for item in self.annotate(documents):
            yield item if isinstance(item, Failure) else coded_from_doc(item, self.coded_by)


def coded_from_doc(doc: Doc, coded_by: str | None = None) -> Coded:
    return Coded(
        document=doc._.document,
        events=list(doc._.events or []),
        statements=list(doc._.statements or []),
        places=list(doc._.places or []),
        timexes=list(doc._.timexes or []),
        coded_by=coded_by,
    )
