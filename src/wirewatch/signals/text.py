"""Sentence-level helpers over stored text: splitting and evidence, no spaCy re-parse."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wirewatch.signals.model import Evidence
from wirewatch.signals.rows import Row, StoreView

# A sentence ends at . ! ? (and closing quotes) before a space and a capital, or at a blank line.
_BOUNDARY = re.compile(r"[.!?][\"'”’)]*(\s+)(?=[\"“‘(]?[A-Z0-9])|(\n\s*\n)")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Character ranges of the sentences of a text (a light splitter for phrase lookups)."""
    start = 0
    for m in _BOUNDARY.finditer(text):
        cut = m.start(1) if m.group(1) is not None else m.start(2)
        yield from _trimmed(text, start, cut)
        start = m.end()
    yield from _trimmed(text, start, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def evidence_of(view: StoreView, row: Row, role: str = "change") -> Evidence:
    return Evidence(
        doc_id=row.doc_id,
        record_id=row.record_id,
        date=row.day,
        start=row.sentence_start,
        end=row.sentence_end,
        text=view.sentence(row.doc_id, row.sentence_start, row.sentence_end).strip(),
        role=role,  # type: ignore[arg-type]
    )


def evidence_at(
    view: StoreView, doc_id: str, start: int, end: int, role: str = "change"
) -> Evidence:
    return Evidence(
        doc_id=doc_id,
        date=view.documents.get(doc_id),
        start=start,
        end=end,
        text=view.sentence(doc_id, start, end).strip(),
        role=role,  # type: ignore[arg-type]
    )
