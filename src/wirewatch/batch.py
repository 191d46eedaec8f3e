"""Batch jobs over many documents: read, skip what is stored, code, save — one library call.

The CLI shows progress and messages; nothing here prints.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from wirewatch.errors import WirewatchError
from wirewatch.ingest import ReadResult
from wirewatch.pipeline import Coded, Failure, Pipeline
from wirewatch.schema import Document
from wirewatch.store import Store


@dataclass
class BatchReport:
    read: int = 0
    stored: int = 0
    new_versions: int = 0
    duplicates: int = 0
    events: int = 0
    statements: int = 0
    failures: list[WirewatchError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def good_documents(
    results: Iterable[ReadResult], report: BatchReport, on_error: Callable[[WirewatchError], None]
) -> Iterator[Document]:
    """Documents that could be read; every failure is reported and recorded, then skipped."""
    for result in results:
        if result.document is not None:
            report.read += 1
            yield result.document
        elif result.error is not None:
            report.failures.append(result.error)
            on_error(result.error)


def ingest(
    results: Iterable[ReadResult],
    pipeline: Pipeline,
    store: Store,
    *,
    on_error: Callable[[WirewatchError], None] = lambda _e: None,
    on_document: Callable[[Document], None] = lambda _d: None,
) -> BatchReport:
    """Code and store every readable document; a text already stored is not parsed again."""
    report = BatchReport()
    seen: set[str] = set()

    def fresh(documents: Iterable[Document]) -> Iterator[Document]:
        for document in documents:
            digest = document.hash
            if digest in seen or store.has_hash(digest):
                report.duplicates += 1
                on_document(document)
                continue
            seen.add(digest)
            yield document

    for item in pipeline.code(fresh(good_documents(results, report, on_error))):
        if isinstance(item, Failure):
            report.failures.append(item.error)
            on_error(item.error)
        else:
            _save(store, item, report)
        on_document(item.document)
    return report


def _save(store: Store, coded: Coded, report: BatchReport) -> None:
    result = store.save(coded)
    if result.status == "duplicate":
        report.duplicates += 1
        return
    if result.status == "new-version":
        report.new_versions += 1
    else:
        report.stored += 1
    report.events += len(coded.events)
    report.statements += len(coded.statements)
