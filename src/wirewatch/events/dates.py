"""Dating a record: the time expression attached to its clause, else its sentence's, else the
document date (with lower confidence).

``TimeRef.value`` from the ``ww_timex`` stage is used when it is a calendar date. When it is
missing, a small first-pass normaliser anchors common news forms ("on Thursday", "January 17",
"in November") to the document date, so records are dated even before a full TIMEX3 stage runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date
from datetime import timedelta

from spacy.tokens import Doc, Token

from wirewatch.schema import TimeRef

CALENDAR = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    n: i
    for i, n in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}
_WORD = re.compile(r"[A-Za-z]+|\d+")
ATTACH_DEPS = {"prep", "npadvmod", "tmod", "advmod"}
MAX_CLIMB = 8


@dataclass(frozen=True)
class Dating:
    value: str | None
    timex: TimeRef | None
    how: str  # "clause", "sentence", "document" or "none"


def normalise(text: str, anchor: Date | None, forward: bool = False) -> str | None:
    """A calendar value for common absolute and weekday expressions, relative to ``anchor``."""
    words = [w.lower() for w in _WORD.findall(text)]
    year = next((int(w) for w in words if len(w) == 4 and w.isdigit()), None)
    month = next((MONTHS[w] for w in words if w in MONTHS and w != "may"), None)
    if month is None and "may" in words and (year or any(w.isdigit() for w in words)):
        month = 5
    day = next((int(w) for w in words if w.isdigit() and len(w) <= 2 and 1 <= int(w) <= 31), None)
    if month is not None:
        if year is None:
            if anchor is None:
                return None
            year = anchor.year
            # "in November" in a January article means the November before it, unless the
            # text speaks of the future.
            if not forward and month > anchor.month + 1:
                year -= 1
            if forward and month < anchor.month - 1:
                year += 1
        try:
            return Date(year, month, day).isoformat() if day else f"{year:04d}-{month:02d}"
        except ValueError:
            return None
    if year is not None and len(words) <= 2:
        return f"{year:04d}"
    if anchor is None:
        return None
    for word in words:
        if word in WEEKDAYS:
            delta = (anchor.weekday() - WEEKDAYS[word]) % 7
            if forward:
                return (
                    anchor + timedelta(days=(WEEKDAYS[word] - anchor.weekday()) % 7 or 7)
                ).isoformat()
            return (anchor - timedelta(days=delta)).isoformat()
        if word == "yesterday":
            return (anchor - timedelta(days=1)).isoformat()
        if word in {"today", "tonight"}:
            return anchor.isoformat()
        if word == "tomorrow":
            return (anchor + timedelta(days=1)).isoformat()
    return None


class TimexIndex:
    def __init__(self, doc: Doc, timexes: list[TimeRef], anchor: Date | None) -> None:
        self.by_token: dict[int, TimeRef] = {}
        self.anchor = anchor
        for timex in timexes:
            span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
            if span is not None:
                for token in span:
                    self.by_token[token.i] = timex

    def value(self, timex: TimeRef, forward: bool) -> str | None:
        if timex.value and CALENDAR.match(timex.value):
            return timex.value
        if timex.type not in {"DATE", "TIME"}:
            return None
        return normalise(timex.text, self.anchor, forward)

    def _dated(self, token: Token, forward: bool) -> TimeRef | None:
        timex = self.by_token.get(token.i)
        if timex is not None and self.value(timex, forward):
            return timex
        return None

    def _in_children(self, token: Token, forward: bool, skip: Token | None) -> TimeRef | None:
        for child in token.children:
            if (skip is not None and child.i == skip.i) or child.dep_ not in ATTACH_DEPS:
                continue
            found = self._dated(child, forward)
            if found is not None:
                return found
            for grandchild in child.children:
                if grandchild.dep_ in {"pobj", "npadvmod", "nummod", "compound"}:
                    found = self._dated(grandchild, forward)
                    if found is not None:
                        return found
        return None

    def attach(self, head: Token, forward: bool = False) -> Dating:
        found = self._dated(head, forward) or self._in_children(head, forward, None)
        current = head
        for _ in range(MAX_CLIMB):
            if found is not None or current.head.i == current.i:
                break
            parent = current.head
            found = self._dated(parent, forward) or self._in_children(parent, forward, current)
            current = parent
        if found is not None:
            return Dating(self.value(found, forward), found, "clause")
        for token in head.sent:
            timex = self._dated(token, forward)
            # Only a time expression that frames the whole sentence ("On Thursday, …") dates
            # what else it says; one buried in another phrase belongs to that phrase.
            if timex is not None and _depth(token) <= 2:
                return Dating(self.value(timex, forward), timex, "sentence")
        if self.anchor is not None:
            return Dating(self.anchor.isoformat(), None, "document")
        return Dating(None, None, "none")


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 10:
        token, depth = token.head, depth + 1
    return depth


def months_before(value: str, anchor: Date) -> int:
    """Whole months ``value`` lies before ``anchor`` (negative: after), at the value's own
    precision: a bare year is compared by year ("2019" is not after 2019-03-12)."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return (anchor.year - parts[0]) * 12
    return (anchor.year - parts[0]) * 12 + (anchor.month - parts[1])


def is_after(value: str, anchor: Date) -> bool:
    if len(value) == 10:
        return Date.fromisoformat(value) > anchor
    return months_before(value, anchor) < 0
