"""Readers for every accepted input: .txt, .html/.htm, .jsonl/.json, directories and stdin.

Each reader yields ``ReadResult``s: a ``Document``, or the reason one could not be read, named by
file (and line). One bad input never stops the batch.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from pydantic import ValidationError

from wirewatch.errors import (
    BadInput,
    DocumentTooLarge,
    EmptyDocument,
    MalformedRecord,
    UnsupportedInput,
)
from wirewatch.ingest.decode import decode_bytes
from wirewatch.ingest.html import html_to_document
from wirewatch.schema import Document

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".jsonl", ".json", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES


@dataclass(frozen=True)
class ReadResult:
    where: str
    document: Document | None = None
    error: BadInput | None = None

    @property
    def ok(self) -> bool:
        return self.document is not None


def _check_size(text: str, where: str, max_chars: int) -> None:
    if len(text) > max_chars:
        raise DocumentTooLarge(
            f"document has {len(text):,} characters, over the limit of {max_chars:,} "
            "(raise it with --max-chars or WIREWATCH_MAX_CHARS)",
            where=where,
        )
    if not text.strip():
        raise EmptyDocument("empty document (no text)", where=where)


def _read_file_bytes(path: Path, max_chars: int) -> bytes:
    size = path.stat().st_size
    # UTF-8 needs at most 4 bytes a character; HTML markup can triple that again.
    limit = max_chars * (12 if path.suffix.lower() in HTML_SUFFIXES else 4)
    if size > limit:
        raise DocumentTooLarge(
            f"file is {size:,} bytes, over the limit for {max_chars:,} characters "
            "(raise it with --max-chars or WIREWATCH_MAX_CHARS)",
            where=str(path),
        )
    return path.read_bytes()


def parse_record(line: str, where: str, max_chars: int) -> Document:
    """One JSON object (a JSONL line) to a ``Document``."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        raise MalformedRecord(
            f"malformed JSON ({err.msg} at column {err.colno})", where=where
        ) from None
    if not isinstance(obj, dict):
        raise MalformedRecord(f"expected a JSON object, got {type(obj).__name__}", where=where)
    if "text" not in obj or "id" not in obj:
        missing = [k for k in ("id", "text") if k not in obj]
        raise MalformedRecord(f"record lacks {' and '.join(missing)}", where=where)
    if not isinstance(obj["text"], str):
        raise MalformedRecord("'text' is not a string", where=where)
    obj["id"] = str(obj["id"])
    try:
        document = Document.model_validate(obj)
    except ValidationError as err:
        first = err.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        raise MalformedRecord(f"invalid field {field!r}: {first['msg']}", where=where) from None
    _check_size(document.text, f"{where} ({document.id})", max_chars)
    return document


def read_jsonl(lines: Iterable[str], name: str, max_chars: int) -> Iterator[ReadResult]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            yield ReadResult(where, document=parse_record(line, where, max_chars))
        except BadInput as err:
            yield ReadResult(where, error=err)


def _read_json_file(path: Path, text: str, max_chars: int) -> Iterator[ReadResult]:
    """A .json file: one document object, or a list of them; else treat it as JSONL."""
    stripped = text.lstrip()
    if path.suffix.lower() == ".json" and stripped.startswith("["):
        try:
            items = json.loads(text)
        except json.JSONDecodeError as err:
            yield ReadResult(
                str(path), error=MalformedRecord(f"malformed JSON ({err.msg})", where=str(path))
            )
            return
        lines = [json.dumps(item) for item in items]
        yield from read_jsonl(lines, str(path), max_chars)
        return
    yield from read_jsonl(text.splitlines(), str(path), max_chars)


def read_file(path: Path, *, date: str | None, max_chars: int) -> Iterator[ReadResult]:
    where = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix not in SUPPORTED:
            raise UnsupportedInput(
                f"unsupported file type {suffix or '(none)'}; expected one of "
                + ", ".join(sorted(SUPPORTED)),
                where=where,
            )
        data = _read_file_bytes(path, max_chars)
        text, _encoding = decode_bytes(data, where=where)
        if suffix in JSON_SUFFIXES:
            yield from _read_json_file(path, text, max_chars)
            return
        if suffix in HTML_SUFFIXES:
            document = html_to_document(text, doc_id=path.stem, date=date, where=where)
        else:
            document = Document(id=path.stem, text=text, date=date)
        _check_size(document.text, where, max_chars)
        yield ReadResult(where, document=document)
    except BadInput as err:
        yield ReadResult(where, error=err)
    except ValidationError as err:
        yield ReadResult(where, error=MalformedRecord(err.errors()[0]["msg"], where=where))
    except OSError as err:
        yield ReadResult(where, error=BadInput(f"cannot read: {err.strerror}", where=where))


def _expand(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
            if child.is_file() and not hidden and child.suffix.lower() in SUPPORTED:
                yield child
    else:
        yield path


def read_stream(
    stream: IO[str] | None = None, *, max_chars: int, name: str = "<stdin>"
) -> Iterator[ReadResult]:
    """JSONL documents from a text stream (stdin by default)."""
    yield from read_jsonl(stream if stream is not None else sys.stdin, name, max_chars)


def read_paths(
    paths: Iterable[str | Path], *, date: str | None = None, max_chars: int
) -> Iterator[ReadResult]:
    """Every document under ``paths`` (files, directories, or ``-`` for JSONL on stdin)."""
    for raw in paths:
        if str(raw) == "-":
            yield from read_stream(max_chars=max_chars)
            continue
        path = Path(raw)
        if not path.exists():
            yield ReadResult(
                str(path), error=BadInput("no such file or directory", where=str(path))
            )
            continue
        for file in _expand(path):
            yield from read_file(file, date=date, max_chars=max_chars)
