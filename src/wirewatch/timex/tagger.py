"""Find and normalise every temporal expression of a parsed document.

Two passes over the grammar's candidates: first choose the non-overlapping matches (longest
first), then read them in document order so that each relative expression sees the dates
mentioned before it ("the next day", a month name in a narrative).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date as Date

from spacy.tokens import Doc, Span

from wirewatch.schema import TimeRef
from wirewatch.timex import lexicon as lx
from wirewatch.timex.grammar import candidates, letters_of
from wirewatch.timex.normalise import NORMALISERS, Context, Reading
from wirewatch.timex.values import When

RANGE_WORDS = {"and", "to", "through", "until", "till", "-", "–", "—"}
ANCHORS = ("auto", "news", "narrative")
ANAPHORIC_RULES = {"ago", "shifted", "the_quarter"}


@dataclass
class Found:
    start: int  # token index
    end: int  # token index, exclusive
    rule: str
    reading: Reading


def read(rule: str, span: Span, letters: str, ctx: Context) -> Reading | None:
    """The rule's reading of a span; None where it does not hold or the calendar cannot say
    (a date arithmetic would leave the calendar, as "1,000 years before 100 BC" does)."""
    try:
        return NORMALISERS[rule](list(span), letters, ctx, span)
    except (ValueError, OverflowError, KeyError):
        return None


def choose(doc: Doc, letters: str, dct: Date | None, narrative: bool) -> list[tuple[int, int, str]]:
    probe = Context(dct, narrative)
    taken = bytearray(len(doc))
    chosen = []
    for match in candidates(letters):
        if any(taken[match.start : match.end]):
            continue
        span = doc[match.start : match.end]
        if read(match.rule, span, letters[match.start : match.end], probe) is None:
            continue
        taken[match.start : match.end] = b"\x01" * (match.end - match.start)
        chosen.append((match.start, match.end, match.rule))
    chosen.sort()
    return chosen


def find(doc: Doc, dct: Date | None, anchor: str = "auto") -> list[Found]:
    """Every expression of ``doc`` with its reading, in document order."""
    letters = letters_of(doc)
    narrative = anchor == "narrative"
    ctx = Context(dct, narrative)
    found: list[Found] = []
    for start, end, rule in choose(doc, letters, dct, narrative):
        span = doc[start:end]
        reading = read(rule, span, letters[start:end], ctx)
        if reading is None:
            continue
        start += reading.skip
        start = _extend_boundary(doc, letters, start, reading)
        _bounding_mod(doc, start, reading)
        found.append(Found(start, end, rule, reading))
        when = reading.when
        # Expressions counted from the reference do not move it in news ("a year ago … a year
        # earlier" both count from the period reported); in a narrative they carry the story on.
        moves = narrative or rule not in ANAPHORIC_RULES
        if (
            moves
            and when is not None
            and reading.type in ("DATE", "TIME")
            and when.year is not None
        ):
            ctx.ref = when
    _share_years(doc, found)
    return found


def _extend_boundary(doc: Doc, letters: str, start: int, reading: Reading) -> int:
    """ "the end of 2014": one expression, value 2014, mod END."""
    if (
        reading.type == "DATE"
        and start >= 3
        and doc[start - 3].lower_ == "the"
        and doc[start - 2].lower_ in lx.BOUNDARIES
        and doc[start - 1].lower_ == "of"
    ):
        reading.mod = lx.BOUNDARIES[doc[start - 2].lower_]
        return start - 3
    return start


def _bounding_mod(doc: Doc, start: int, reading: Reading) -> None:
    """ "since 2010" is 2010 ON_OR_AFTER; the preposition stays outside the extent."""
    if start > 0 and reading.mod is None and reading.type in ("DATE", "TIME"):
        reading.mod = lx.BOUNDING_PREPOSITIONS.get(doc[start - 1].lower_)


def _share_years(doc: Doc, found: list[Found]) -> None:
    """In a range ("between March and May 2014") the written year holds for both ends."""
    for left, right in zip(found, found[1:], strict=False):
        between = doc[left.end : right.start]
        if len(between) != 1 or between[0].lower_ not in RANGE_WORDS:
            continue
        a, b = left.reading, right.reading
        if a.when is None or b.when is None or a.when.year is None or b.when.year is None:
            continue
        if b.explicit and not a.explicit and a.when.grain in ("day", "month", "season"):
            year = b.when.year
            if (a.when.month or 0, a.when.day or 0) > (b.when.month or 0, b.when.day or 0):
                year -= 1
            _set_year(a, year)
        elif a.explicit and not b.explicit and b.when.grain in ("day", "month", "season"):
            year = a.when.year
            if (b.when.month or 0, b.when.day or 0) < (a.when.month or 0, a.when.day or 0):
                year += 1
            _set_year(b, year)


def _set_year(reading: Reading, year: int) -> None:
    when: When = replace(reading.when, year=year)
    reading.when = when
    reading.value = when.value()


def timerefs(doc: Doc, found: list[Found]) -> list[TimeRef]:
    text = doc.text  # built anew from the tokens at each access: once per document
    refs = []
    for item in found:
        start = doc[item.start].idx
        last = doc[item.end - 1]
        end = last.idx + len(last.text)
        refs.append(
            TimeRef(
                text=text[start:end],
                start=start,
                end=end,
                type=item.reading.type,
                value=item.reading.value,
                mod=item.reading.mod,
            )
        )
    return refs
