"""Which time expression dates an event: the one attached to its clause, else its sentence's.

For the event coder: ``event_date(doc, trigger)`` after ``ww_timex`` has run. Expressions that
cannot date anything (durations, sets, ``PRESENT_REF``, values with unknown years) are skipped;
among the rest the one closest to the trigger in the dependency tree wins, and one reached through
a relational preposition ("ahead of", "before", "since") only when nothing else is there. So in
"ITAR-TASS on Thursday reported a conversation, which took place ahead of a meeting on January 13"
the report and the conversation are dated by "Thursday" and the meeting by "January 13".

``date_event`` wraps that for the coder: the ISO date at the text's precision (``2013-11``, not a
made-up day), the expression's text and span, and a confidence that falls when the date comes
from elsewhere in the sentence or, lacking any, from the document date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from wirewatch.schema import Range, TimeRef

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def iso_date(value: str | None) -> str | None:
    """The ISO 8601 date of a TIMEX3 value at its own precision (``2014-01-09``, ``2013-11``,
    ``2014``), or None when the value names no calendar date (``P3D``, ``PAST_REF``, ``XXXX-11``,
    weeks and quarters)."""
    if not value:
        return None
    match = _ISO.match(value)
    if match is None:
        return None
    rest = value[match.end() :]
    if rest and not rest.startswith("T"):
        return None  # 2014-W02, 2013-Q4, 2014-SU: no ISO calendar date at that precision
    return match.group(0)


def datable(ref: TimeRef) -> bool:
    return ref.type in ("DATE", "TIME") and iso_date(ref.value) is not None


# Prepositions that relate an event to a time without placing it there: "ahead of a meeting on
# January 13" says the event came before January 13, not on it.
RELATIONAL = {"ahead", "before", "after", "since", "until", "till", "prior", "by", "following"}


def _relational(span: Span, target: Token) -> bool:
    """Whether a relational preposition stands between the expression and the target."""
    for token in [span.root, *span.root.ancestors]:
        if token.i == target.i or token.i in {t.i for t in target.ancestors}:
            return False
        if token.lower_ in RELATIONAL and token.pos_ in ("ADP", "ADV", "SCONJ"):
            return True
    return False


def _path_length(a: Token, b: Token) -> int:
    above_a = [a, *a.ancestors]
    depth = {t.i: n for n, t in enumerate(above_a)}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in depth:
            return depth[t.i] + n
    return 10_000  # different trees (a sentence split inside the clause)


@dataclass(frozen=True)
class EventDate:
    """What an event coder writes into ``Event.date``/``date_text``/``date_span``."""

    date: str | None  # ISO 8601 at the precision the text gives, or None
    ref: TimeRef | None  # the expression it came from (None: the document date)
    confidence: float

    @property
    def date_text(self) -> str | None:
        return self.ref.text if self.ref is not None else None

    @property
    def date_span(self) -> Range | None:
        return Range(start=self.ref.start, end=self.ref.end) if self.ref is not None else None


# Confidence of a date taken from the clause's own expression, from elsewhere in the sentence,
# and from the document date when the sentence has none.
IN_CLAUSE, IN_SENTENCE, FROM_DOCUMENT = 0.9, 0.7, 0.4


def date_event(doc: Doc, target: Token | Span) -> EventDate:
    """``event_date`` with the fall-back to the document date, as ``EventDate``."""
    ref = event_date(doc, target)
    if ref is not None:
        span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
        token = target.root if isinstance(target, Span) else target
        close = span is not None and _path_length(token, span.root) <= 3
        return EventDate(iso_date(ref.value), ref, IN_CLAUSE if close else IN_SENTENCE)
    document = doc._.document
    created = document.date if document is not None else None
    return EventDate(created, None, FROM_DOCUMENT if created else 0.0)


def event_date(doc: Doc, target: Token | Span) -> TimeRef | None:
    """The expression that dates ``target`` (a trigger token or span), or None.

    Only expressions in the target's sentence count; the caller falls back to the document
    date (with lower confidence) when this returns None.
    """
    token = target.root if isinstance(target, Span) else target
    sentence = token.sent
    best: tuple[int, int, int] | None = None
    chosen: TimeRef | None = None
    for ref in doc._.timexes or []:
        if ref.start < sentence.start_char or ref.end > sentence.end_char or not datable(ref):
            continue
        span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is None:
            continue
        score = (
            int(_relational(span, token)),
            _path_length(token, span.root),
            abs(span.root.i - token.i),
        )
        if best is None or score < best:
            best, chosen = score, ref
    return chosen
