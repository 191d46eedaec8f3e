"""Reading ``wirewatch classify`` input: JSONL relations, with a clear error for a bad line."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator

from wirewatch.config import DEFAULT_MAX_CHARS
from wirewatch.errors import MalformedRecord, WirewatchError
from wirewatch.events.labels import find_mention
from wirewatch.events.learned import Relation


def _optional_text(row: dict, key: str) -> str | None:
    value = row.get(key)
    if value is None or isinstance(value, str):
        return value or None
    raise TypeError(f"{key} must be a string")


def _trigger(text: str, trigger: str | None) -> tuple[int, int] | None:
    """The trigger's offsets: its first whole-word occurrence in the text."""
    if trigger is None:
        return None
    span = find_mention(text, trigger)
    if span is None:
        raise ValueError(f"trigger_text {trigger!r} does not occur in text")
    return span


def relations_from_lines(
    lines: Iterable[tuple[str, int, str]],
    on_error: Callable[[WirewatchError], None],
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Relation]:
    """One ``Relation`` per non-blank line, given as (source, line number, line); a malformed
    line, or one whose text is longer than ``max_chars`` (the documents' limit), is reported
    with its source and number and skipped. A line without an id is named by where it came
    from (``FILE:N``), as its errors are, so ids stay unique across files."""
    for source, number, line in lines:
        where = f"{source}:{number}"
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise TypeError("a line must be a JSON object")
            text = row.get("text")
            if not isinstance(text, str) or not text.strip():
                raise TypeError("missing or empty text")
            if len(text) > max_chars:
                raise ValueError(
                    f"text has {len(text):,} characters, over the limit of {max_chars:,}"
                    " (raise it with --max-chars or WIREWATCH_MAX_CHARS)"
                )
            yield Relation(
                text=text,
                actor_text=_optional_text(row, "actor_text"),
                recipient_text=_optional_text(row, "recipient_text"),
                id=str(row["id"]) if row.get("id") is not None else where,
                trigger=_trigger(text, _optional_text(row, "trigger_text")),
            )
        except (ValueError, TypeError) as error:
            if isinstance(row := _try_load(line), dict) and row.get("id") is not None:
                where += f" (id {row['id']})"
            on_error(MalformedRecord(f"cannot classify: {error}", where=where))


def _try_load(line: str) -> object:
    try:
        return json.loads(line)
    except ValueError:
        return None
