"""Which time expression dates an event, and what date that gives it: the one mechanism.

The ``ww_timex`` stage has already found every expression and anchored it to the document date
with the tense and cues of its clause, so dating a record is a choice among its TIMEX3 values,
never a second normalisation:

1. the clause's own expression: one on the trigger or on an adverbial of it ("met *on
   Thursday*"), else of the words above it, climbing the dependency tree ("ITAR-TASS *on
   Thursday* reported a conversation, which took place ..." dates the conversation too); at each
   step one reached through a relational preposition ("ahead of", "before", "since") counts only
   when nothing else is there, since "ahead of a meeting on January 13" puts the event before
   that date, not on it;
2. else an expression that frames the whole sentence ("On Thursday, ..."): one buried in another
   phrase ("a conference due on January 22") belongs to that phrase and dates nothing else;
3. else the document date, with lower confidence.

Expressions that cannot date anything (durations, sets, ``PRESENT_REF``, values with unknown
years) are skipped; a week, quarter or season of a known year ("last week they blew up the
waterworks") is the clause's own time, so the record falls back to the document date rather than
taking an expression from further up ("Last night they bombed the hospital, and ...").

``DateIndex`` maps tokens to expressions once per document for a caller that dates many records
(the event coder); ``date_event``/``event_date`` are the one-off forms. ``is_after`` and
``months_before`` compare a date at its own precision with the document's (for the future and
historical modes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date

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


# A dated period with no ISO calendar form: a week, quarter, half or season of a known year.
_PERIOD = re.compile(r"^\d{4}-(W\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI)$")


def vague(ref: TimeRef) -> bool:
    """Whether ``ref`` places its clause in a known period that no ISO date can state ("last
    week", "this quarter"): such a clause has its own time, so nothing else may date it."""
    return ref.type == "DATE" and bool(_PERIOD.match(ref.value or ""))


def months_before(value: str, anchor: Date) -> int:
    """Whole months the ISO date ``value`` lies before ``anchor`` (negative: after), at the
    value's own precision: a bare year is compared by year ("2019" is not after 2019-03-12)."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return (anchor.year - parts[0]) * 12
    return (anchor.year - parts[0]) * 12 + (anchor.month - parts[1])


def is_after(value: str, anchor: Date) -> bool:
    """Whether the ISO date ``value`` (at its own precision) lies after ``anchor``."""
    if len(value) == 10:
        return Date.fromisoformat(value) > anchor
    return months_before(value, anchor) < 0


# Dependents of a word that carry its time ("met on Thursday", "met Thursday", "met today") and,
# one level further down, the words inside such a phrase that an expression may sit on.
ATTACH_DEPS = {"prep", "npadvmod", "tmod", "advmod"}
INNER_DEPS = {"pobj", "npadvmod", "nummod", "compound"}
MAX_CLIMB = 8  # words climbed above the trigger looking for its clause's expression
FRAME_DEPTH = 2  # how far below the sentence root an expression may sit and still frame it

# Prepositions that relate an event to a time without placing it there: "ahead of a meeting on
# January 13" says the event came before January 13, not on it.
RELATIONAL = {"ahead", "before", "after", "since", "until", "till", "prior", "by", "following"}

# Confidence of a date taken from the clause's own expression, from an expression framing the
# sentence, and from the document date when the sentence has neither.
IN_CLAUSE, IN_SENTENCE, FROM_DOCUMENT = 0.9, 0.7, 0.4
CONFIDENCE = {"clause": IN_CLAUSE, "sentence": IN_SENTENCE, "document": FROM_DOCUMENT, "none": 0.0}


@dataclass(frozen=True)
class EventDate:
    """What an event coder writes into ``date``/``date_text``/``date_span``, and how it was
    found: ``how`` is "clause", "sentence", "document" (the document date) or "none"."""

    date: str | None  # ISO 8601 at the precision the text gives, or None
    ref: TimeRef | None  # the expression it came from (None: the document date)
    how: str

    @property
    def confidence(self) -> float:
        return CONFIDENCE[self.how]

    @property
    def date_text(self) -> str | None:
        return self.ref.text if self.ref is not None else None

    @property
    def date_span(self) -> Range | None:
        return Range(start=self.ref.start, end=self.ref.end) if self.ref is not None else None


def _relational(token: Token, above: Token) -> bool:
    """Whether a relational preposition stands between an expression's token and ``above``,
    the word whose dependent it was reached through."""
    current = token
    for _ in range(MAX_CLIMB):
        if current.i == above.i:
            return False
        if current.lower_ in RELATIONAL and current.pos_ in ("ADP", "ADV", "SCONJ"):
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 10:
        token, depth = token.head, depth + 1
    return depth


class DateIndex:
    """The datable expressions of one annotated document, by token, for dating its records."""

    def __init__(self, doc: Doc) -> None:
        self.by_token: dict[int, TimeRef] = {}
        self.periods: set[int] = set()  # tokens of vague periods, which stop the search
        for ref in doc._.timexes or []:
            if not (datable(ref) or vague(ref)):
                continue
            span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                if datable(ref):
                    self.by_token[token.i] = ref
                else:
                    self.periods.add(token.i)
        document = doc._.document
        self.anchor: Date | None = document.created if document is not None else None

    def _below(self, word: Token, skip: Token | None) -> list[Token]:
        """Tokens of expressions (datable or vague periods) on ``word``'s time-carrying
        dependents (not through ``skip``)."""
        found = []
        for child in word.children:
            if (skip is not None and child.i == skip.i) or child.dep_ not in ATTACH_DEPS:
                continue
            if self._timed(child):
                found.append(child)
                continue
            inner = [t for t in child.children if t.dep_ in INNER_DEPS and self._timed(t)]
            found.extend(inner[:1])
        return found

    def _timed(self, token: Token) -> bool:
        return token.i in self.by_token or token.i in self.periods

    def _at(self, word: Token, skip: Token | None) -> tuple[bool, TimeRef | None]:
        """Whether ``word`` carries a time, and the datable expression of it (None for a
        vague period)."""
        if self._timed(word):
            return True, self.by_token.get(word.i)
        found = self._below(word, skip)
        plain = [token for token in found if not _relational(token, word)]
        if plain or found:
            return True, self.by_token.get((plain or found)[0].i)
        return False, None

    def clause_ref(self, head: Token) -> tuple[bool, TimeRef | None]:
        """Whether the clause around ``head`` has its own time (on it, below it, or above it),
        and the datable expression of that time."""
        timed, found = self._at(head, None)
        current = head
        for _ in range(MAX_CLIMB):
            if timed or current.head.i == current.i:
                break
            parent = current.head
            timed, found = self._at(parent, current)
            current = parent
        return timed, found

    def frame_ref(self, sentence: Span) -> TimeRef | None:
        """The first expression that frames ``sentence`` (sits near its root)."""
        for token in sentence:
            if token.i in self.by_token and _depth(token) <= FRAME_DEPTH:
                return self.by_token[token.i]
        return None

    def ref(self, target: Token | Span) -> tuple[TimeRef | None, str]:
        head = target.root if isinstance(target, Span) else target
        timed, found = self.clause_ref(head)
        if timed:
            return found, "clause" if found is not None else "none"
        found = self.frame_ref(head.sent)
        return (found, "sentence") if found is not None else (None, "none")

    def date(self, target: Token | Span) -> EventDate:
        """The date of the record whose trigger is ``target``, falling back to the document's."""
        ref, how = self.ref(target)
        if ref is not None:
            return EventDate(iso_date(ref.value), ref, how)
        if self.anchor is not None:
            return EventDate(self.anchor.isoformat(), None, "document")
        return EventDate(None, None, "none")


def date_event(doc: Doc, target: Token | Span) -> EventDate:
    """The ``EventDate`` of one record (a trigger token or span) of an annotated document."""
    return DateIndex(doc).date(target)


def event_date(doc: Doc, target: Token | Span) -> TimeRef | None:
    """The expression that dates ``target`` in its own sentence, or None (the caller then falls
    back to the document date)."""
    return DateIndex(doc).ref(target)[0]
