"""Reading gold files, one way for every scorer: whole or not at all, each fault named.

A gold file is the yardstick, so a line that cannot be read is not skipped (the scores would
quietly describe another test set): the first bad line stops the read with its file, line and
reason.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError

from wirewatch.errors import MalformedRecord
from wirewatch.ingest.decode import decode_line
from wirewatch.schema import Document


def json_objects(path: Path) -> Iterator[tuple[str, dict]]:
    """(where, object) for each non-blank line of a JSONL file read whole or not at all."""
    with path.open("rb") as handle:
        for number, data in enumerate(handle, 1):
            where = f"{path}:{number}"
            line = decode_line(data, number, where=where)
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as error:
                raise MalformedRecord(f"malformed JSON ({error})", where=where) from None
            if not isinstance(row, dict):
                reason = f"expected a JSON object, got {type(row).__name__}"
                raise MalformedRecord(reason, where=where)
            yield where, row


class GoldDocuments:
    """Builds each line's document, refusing an empty text and an id seen before (gold is
    keyed by document id, so a repeated id would mix two documents' answers)."""

    def __init__(self) -> None:
        self.first_seen: dict[str, str] = {}

    def document(self, row: dict, where: str) -> Document:
        try:
            document = Document(**{k: row[k] for k in Document.model_fields if k in row})
        except ValidationError as error:
            fields = "; ".join(
                f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors()
            )
            raise MalformedRecord(f"not a gold document ({fields})", where=where) from None
        if not document.text.strip():
            raise MalformedRecord("not a gold document (empty text)", where=where)
        if document.id in self.first_seen:
            reason = f"id {document.id!r} repeats the document at {self.first_seen[document.id]}"
            raise MalformedRecord(reason, where=where)
        self.first_seen[document.id] = where
        return document


def check_span(document: Document, item: dict, where: str, what: str) -> None:
    """A gold span's offsets lie inside the text and, where its text is given, cover it."""
    start, end, text = item.get("start"), item.get("end"), item.get("text")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        raise MalformedRecord(f"{what} without valid start/end ({start!r}, {end!r})", where=where)
    if end > len(document.text):
        reason = f"{what} {start}-{end} runs past the text ({len(document.text)} characters)"
        raise MalformedRecord(reason, where=where)
    if text is not None and document.text[start:end] != text:
        covered = document.text[start:end]
        reason = f"{what} {start}-{end} covers {covered!r}, not its text {text!r}"
        raise MalformedRecord(reason, where=where)
