"""Batch jobs over many documents: read, skip what is stored, code, save — one library call.

A stored text is skipped only when this pipeline coded it (``Store.stored_coding``); one that
another coder or release coded is coded again under its stored id, date and title.

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
    recoded: int = 0
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
    """Code and store every readable document; a text this pipeline already coded is skipped."""
    report = BatchReport()
    seen: set[str] = set()

    def fresh(documents: Iterable[Document]) -> Iterator[Document]:
        for document in documents:
            digest = document.hash
            stored = None if digest in seen else store.stored_coding(digest)
            if digest in seen or (stored is not None and stored[1] == pipeline.coded_by):
                report.duplicates += 1
                on_document(document)
                continue
            seen.add(digest)
            yield document if stored is None else stored[0]

    _code_and_save(
        fresh(good_documents(results, report, on_error)),
        pipeline,
        store,
        report,
        on_error,
        on_document,
    )
    return report


def recode(
    pipeline: Pipeline,
    store: Store,
    *,
    on_error: Callable[[WirewatchError], None] = lambda _e: None,
    on_document: Callable[[Document], None] = lambda _d: None,
) -> BatchReport:
    """Code again every current document that another coder, release or actor file coded.

    A document that fails keeps its old records.
    """
    report = BatchReport()

    def stale() -> Iterator[Document]:
        for document in store.iter_stale(pipeline.coded_by):
            report.read += 1
            yield document

    _code_and_save(stale(), pipeline, store, report, on_error, on_document)
    return report


def _code_and_save(
    documents: Iterable[Document],
    pipeline: Pipeline,
    store: Store,
    report: BatchReport,
    on_error: Callable[[WirewatchError], None],
    on_document: Callable[[Document], None],
) -> None:
    for item in pipeline.code(documents):
        if isinstance(item, Failure):
            report.failures.append(item.error)
            on_error(item.error)
        else:
            _save(store, item, report)
        on_document(item.document)


def _save(store: Store, coded: Coded, report: BatchReport) -> None:
    result = store.save(coded)
    if result.status == "duplicate":
        report.duplicates += 1
        return
    if result.status == "new-version":
        report.new_versions += 1
    elif result.status == "recoded":
        report.recoded += 1
    else:
        report.stored += 1
    report.events += len(coded.events)
    report.statements += len(coded.statements)
