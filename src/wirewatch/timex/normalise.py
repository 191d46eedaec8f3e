"""What a grammar match means: its TIMEX3 type and value, anchored where the text is relative.

One function per rule of ``grammar.RULES``. Each reads the matched tokens (by grammar letter),
asks ``Context`` for the anchor (the document date, or the date last mentioned in the text for
"the next day" and for narratives), and returns a ``Reading`` — or None when the match is not a
time expression after all ("two days before the vote" is a duration plus a preposition).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date as Date
from datetime import timedelta

from spacy.tokens import Span, Token

from wirewatch.timex import lexicon as lx
from wirewatch.timex.anchor import AHEAD, BACK, NEAREST, direction
from wirewatch.timex.grammar import spelled_year
from wirewatch.timex.values import When, coarsen, duration, from_date, shift, week_of

SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
UNIT_GRAIN = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}


@dataclass
class Reading:
    type: str
    value: str
    mod: str | None = None
    when: When | None = None  # the calendar point, when there is one (updates the reference)
    explicit: bool = False  # the year is written in the text
    skip: int = 0  # leading tokens of the match left out of the extent


@dataclass
class Context:
    """What relative expressions are anchored to while reading one document in order."""

    dct: Date | None
    narrative: bool = False
    ref: When | None = None  # the last concrete date mentioned (narrative time)

    def base(self) -> Date | None:
        """The date that month and weekday names are resolved around."""
        if self.narrative or self.dct is None:
            if self.ref is not None and self.ref.year is not None:
                return _first_day(self.ref)
            return None if self.narrative and self.dct is None else self.dct
        return self.dct

    def anaphor(self) -> Date | None:
        """The date "the next day" and "two days later" count from."""
        if self.ref is not None and self.ref.as_date() is not None:
            return self.ref.as_date()
        return self.dct


def _first_day(when: When) -> Date:
    if when.decade is not None:
        return Date(when.decade * 10, 1, 1)
    if when.century is not None:
        return Date(max(when.century * 100, 1), 1, 1)
    if when.week is not None:
        return Date.fromisocalendar(when.year, when.week, 1)
    month = when.month or (
        (when.quarter - 1) * 3 + 1
        if when.quarter
        else SEASON_MONTH.get(when.season or "", 6 * ((when.half or 1) - 1) + 1)
    )
    return Date(when.year, month, when.day or 1)


# --- reading tokens -------------------------------------------------------------------------


def _pick(tokens: list[Token], letters: str, letter: str) -> Token | None:
    for token, mark in zip(tokens, letters, strict=True):
        if mark == letter:
            return token
    return None


def year_value(tokens: list[Token], letters: str) -> int | None:
    """The year written in a match: digits, or spelled out ("nineteen ninety-six")."""
    for i, mark in enumerate(letters):
        if mark == "Y":
            if tokens[i].text.isdigit():
                return int(tokens[i].text)
            words = [tokens[i].lower_]
            words += [
                t.lower_ for t, m in zip(tokens[i + 1 :], letters[i + 1 :], strict=True) if m == "y"
            ]
            return spelled_year([w for w in words if w not in ("-", "–")])
    return None


def _number(words: list[str]) -> float | None:
    total, current = 0.0, 0.0
    for word in words:
        bare = word.replace(",", "")
        if bare.replace(".", "", 1).isdigit():
            current += float(bare)
        elif word in lx.ONES or word in lx.TENS:
            current += lx.ONES.get(word, lx.TENS.get(word, 0))
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total += (current or 1) * 1000
            current = 0
        elif word.endswith(("st", "nd", "rd", "th")) and word[:-2].isdigit():
            current += float(word[:-2])
    return total + current


def quantity(tokens: list[Token], letters: str) -> tuple[bool, float | None]:
    """(found, amount): amount None for vague quantities ("a few", "several")."""
    words = [t.lower_ for t, m in zip(tokens, letters, strict=True) if m in "acndF"]
    if not words:
        return False, None
    if any(w in lx.VAGUE for w in words):
        return True, None
    numeric = [w for w in words if w not in ("a", "an")]
    if not numeric:
        return True, 1.0
    return True, _number(numeric)


def mod_of(tokens: list[Token], letters: str) -> str | None:
    approx = " ".join(t.lower_ for t, m in zip(tokens, letters, strict=True) if m == "u")
    if approx:
        return lx.APPROX.get(approx, "APPROX")
    for token, mark in zip(tokens, letters, strict=True):
        if mark == "E":
            return lx.EARLY_LATE[token.lower_]
    return None


def unit_of(token: Token) -> tuple[str, int]:
    """TIMEX3 unit letter and multiplier ("fortnight" is two weeks)."""
    return lx.UNITS[token.lower_], 2 if token.lower_ == "fortnight" else 1


def month_of(token: Token) -> int:
    return lx.MONTHS[token.lower_.rstrip(".")]


def day_of(token: Token) -> int:
    return int(token.text.rstrip("stndrhSTNDRH"))


# --- anchoring ------------------------------------------------------------------------------


def pick_year(
    month: int, day: int | None, ctx: Context, span: Span, way: int | None = None
) -> int | None:
    """The year of a month (and day) written without one."""
    base = ctx.base()
    if base is None:
        return None
    if ctx.narrative or ctx.dct is None:
        return base.year
    way = direction(span) if way is None else way
    here = (base.month, base.day if day is not None else 0)
    there = (month, day or 0)
    if way == BACK:
        return base.year if there <= here else base.year - 1
    if way == AHEAD:
        return base.year if there >= here else base.year + 1
    best, best_gap = base.year, None
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            gap = abs((Date(year, month, min(day or 15, 28)) - base).days)
        except ValueError:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def weekday_date(weekday: int, ctx: Context, span: Span, keyword: str) -> Date | None:
    base = ctx.dct if not ctx.narrative else ctx.anaphor()
    if base is None:
        return None
    today = base.isoweekday()
    if keyword in lx.BACK:
        return base - timedelta(days=(today - weekday) % 7 or 7)
    if keyword in lx.FORWARD:
        return base + timedelta(days=(weekday - today) % 7 or 7)
    if keyword == "this":
        return base + timedelta(days=weekday - today)
    way = direction(span)
    if way == BACK:
        return base - timedelta(days=(today - weekday) % 7)
    if way == AHEAD:
        return base + timedelta(days=(weekday - today) % 7)
    # No tense to go by: news mostly reports what happened, so the coming days count only
    # up to two ahead ("Wednesday" in a Monday paper), the past up to four back.
    offset = (weekday - today) % 7
    return base + timedelta(days=offset if offset <= 2 else offset - 7)


def _day_reading(when: When | None, placeholder: str, mod: str | None = None, explicit=False):
    if when is None:
        return Reading("DATE", placeholder, mod)
    return Reading("TIME" if when.is_time else "DATE", when.value(), mod, when, explicit)


# --- one function per rule --------------------------------------------------------------------

Normaliser = Callable[[list[Token], str, Context, Span], Reading | None]


def date_full(tokens, letters, ctx, span):
    month = month_of(_pick(tokens, letters, "M"))
    day = day_of(_pick(tokens, letters, "d"))
    year_token = _pick(tokens, letters, "Y")
    weekday_token = _pick(tokens, letters, "W")
    if year_token is not None:
        year = year_value(tokens, letters)
    elif weekday_token is not None and ctx.base() is not None:
        year = _year_of_weekday(month, day, lx.WEEKDAYS.get(weekday_token.lower_), ctx.base())
    else:
        year = pick_year(month, day, ctx, span)
    if day > calendar.monthrange(year or 2000, month)[1]:
        return None
    if year is None:
        return Reading("DATE", f"XXXX-{month:02d}-{day:02d}")
    return _day_reading(When(year, month, day), "", explicit=year_token is not None)


def _year_of_weekday(month: int, day: int, weekday: int | None, base: Date) -> int | None:
    """ "Saturday, April 25": the year near ``base`` in which that date is that weekday."""
    for year in (base.year, base.year - 1, base.year + 1):
        try:
            if Date(year, month, day).isoweekday() == weekday:
                return year
        except ValueError:
            continue
    return base.year


def range_day(tokens, letters, ctx, span):
    """ "22-28 June 1941": the first day, which shares the month (and year) of the second;
    "March 3-5": the second day, which shares the first's."""
    doc = span.doc
    window = [*doc[max(0, span.start - 3) : span.start], *doc[span.end : span.end + 4]]
    month_token = next((t for t in window if t.lower_.rstrip(".") in lx.MONTHS), None)
    if month_token is None:
        return None
    month_number = month_of(month_token)
    day = day_of(tokens[0])
    year_token = next((t for t in window if t.text.isdigit() and len(t.text) == 4), None)
    year_number = int(year_token.text) if year_token else pick_year(month_number, day, ctx, span)
    if day > calendar.monthrange(year_number or 2000, month_number)[1]:
        return None
    if year_number is None:
        return Reading("DATE", f"XXXX-{month_number:02d}-{day:02d}")
    return _day_reading(When(year_number, month_number, day), "", explicit=year_token is not None)


def numeric(tokens, letters, ctx, span):
    text = "".join(t.text for t in tokens)
    parts = [p for p in text.replace(".", "/").replace("-", "/").split("/") if p]
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    a, b, c = (int(p) for p in parts)
    if len(parts[0]) == 4:
        year, month, day = a, b, c
    else:
        year = c + (2000 if c < 50 else 1900) if len(parts[2]) == 2 else c
        # News in English writes month first; a first field above 12 can only be a day,
        # and dotted dates ("10.01.2014") are day first.
        day_first = a > 12 or "." in text
        month, day = (b, a) if day_first else (a, b)
    try:
        when = from_date(Date(year, month, day))
    except ValueError:
        return None
    return _day_reading(when, "", explicit=True)


def month_year(tokens, letters, ctx, span):
    year = year_value(tokens, letters)
    if year is None:
        return None
    when = When(year, month_of(_pick(tokens, letters, "M")))
    return Reading("DATE", when.value(), mod_of(tokens, letters), when, True)


def month(tokens, letters, ctx, span):
    number = month_of(_pick(tokens, letters, "M"))
    keyword = tokens[0].lower_ if letters[0] in "LXT" else ""
    way = BACK if keyword in lx.BACK else AHEAD if keyword in lx.FORWARD else None
    base = ctx.base()
    if keyword and base is not None:
        year = base.year
        if way == BACK and number >= base.month:
            year -= 1
        elif way == AHEAD and number <= base.month:
            year += 1
    else:
        year = pick_year(number, None, ctx, span, way)
    mod = mod_of(tokens, letters)
    if year is None:
        return Reading("DATE", f"XXXX-{number:02d}", mod)
    return Reading("DATE", When(year, number).value(), mod, When(year, number))


def year(tokens, letters, ctx, span):
    if letters.endswith("C"):  # "490 BC"
        number = tokens[0].text
        if not number.isdigit() or int(number) == 0:
            return None
        return Reading("DATE", f"BC{int(number):04d}", explicit=True)
    unit = _pick(tokens, letters, "U")
    if unit is not None and unit.lower_ != "year":
        return None
    value = year_value(tokens, letters)
    if value is None:
        return None
    when = When(value)
    return Reading("DATE", when.value(), mod_of(tokens, letters), when, True)


def decade(tokens, letters, ctx, span):
    digits = _pick(tokens, letters, "G").text.lower().rstrip("s").rstrip("'")
    number = int(digits)
    if len(digits) == 2:
        number += 1900
    if number % 100 == 0 and len(digits) == 4:
        when = When(century=number // 100)
    else:
        when = When(decade=number // 10)
    return Reading("DATE", when.value(), mod_of(tokens, letters), when)


def century(tokens, letters, ctx, span):
    unit = _pick(tokens, letters, "U")
    if unit.lower_ not in ("century", "centuries"):
        return None
    token = _pick(tokens, letters, "o") or _pick(tokens, letters, "d")
    number = lx.ORDINALS.get(token.lower_) or day_of(token)
    when = When(century=number - 1)
    return Reading("DATE", when.value(), mod_of(tokens, letters), when)


def weekday(tokens, letters, ctx, span):
    word = _pick(tokens, letters, "W").lower_
    part = _pick(tokens, letters, "P")
    code = lx.PARTS_OF_DAY[part.lower_] if part is not None else None
    if word not in lx.WEEKDAYS or (part is not None and part.lower_.endswith("s")):
        # "Fridays", "Tuesday nights": a recurrence, not a day
        day = lx.WEEKDAYS.get(word, lx.WEEKDAYS.get(word[:-1]))
        return Reading("SET", f"XXXX-WXX-{day}" + (f"T{code}" if code else ""))
    day = lx.WEEKDAYS[word]
    keyword = next((t.lower_ for t, m in zip(tokens, letters, strict=True) if m in "LXT"), "")
    found = weekday_date(day, ctx, span, keyword)
    if found is None:
        suffix = f"T{code}" if code else ""
        return Reading("TIME" if code else "DATE", f"XXXX-WXX-{day}{suffix}")
    when = When(found.year, found.month, found.day, part=code)
    return _day_reading(when, "")


def deictic(tokens, letters, ctx, span):
    word = _pick(tokens, letters, "R")
    part = _pick(tokens, letters, "P")
    code = lx.PARTS_OF_DAY[part.lower_] if part is not None else None
    mod = mod_of(tokens, letters)
    if letters[0] == "t" and word.lower_ not in ("future", "present"):
        return None  # "the current talks": "current" alone is the expression
    if word is None and tokens[0].lower_ == "that":  # "that afternoon": of the day last named
        day = ctx.anaphor() if ctx.ref is not None else None
        if day is None:
            return Reading("TIME", f"XXXX-XX-XXT{code}")
        return _day_reading(When(day.year, day.month, day.day, part=code), "")
    if word is None:  # "this morning", "last night"
        keyword = tokens[0].lower_
        offset = -1 if keyword in lx.BACK else 0
    elif word.lower_ in lx.DEICTIC_DAYS:
        offset = lx.DEICTIC_DAYS[word.lower_]
        if word.lower_ == "tonight":
            code = "NI"
    else:
        return Reading("DATE", lx.REFERENCES[word.lower_], mod)
    if ctx.dct is None:
        return Reading("TIME" if code else "DATE", "XXXX-XX-XX" + (f"T{code}" if code else ""), mod)
    day = ctx.dct + timedelta(days=offset)
    return _day_reading(When(day.year, day.month, day.day, part=code), "", mod)


def the_past(tokens, letters, ctx, span):
    if tokens[1].lower_ != "past":
        return None
    return Reading("DATE", "PAST_REF")


def relative(tokens, letters, ctx, span):
    keyword = next((t.lower_ for t, m in zip(tokens, letters, strict=True) if m in "LXTx"), "this")
    unit_token = tokens[-1]
    mark = letters[-1]
    if mark == "U":
        if unit_token.lower_ in lx.PLURAL_UNITS:
            return None
        unit, _ = unit_of(unit_token)
        if unit in ("H", "MIN", "S"):
            return Reading("DURATION", duration(1, unit))
    else:
        unit = "Q" if mark == "q" else "WE"
    n = -1 if keyword in lx.BACK else 1 if keyword in lx.FORWARD else 0
    # "the next day", "the previous week", "that year": counted from the date last mentioned.
    anaphoric = keyword in ("that", "same") or (
        letters[0] == "t" and keyword not in ("last", "past", "latest", "this", "current")
    )
    base = ctx.anaphor() if anaphoric else ctx.dct
    mod = mod_of(tokens, letters)
    anchor = None
    if anaphoric and ctx.ref is not None and ctx.ref.year is not None:
        anchor = _coarsen_when(ctx.ref, unit)
    if anchor is None and base is None:
        placeholder = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX"}
        return Reading("DATE", placeholder.get(unit, "XXXX"), mod)
    if anchor is None:
        anchor = coarsen(base, unit)
    when = shift(anchor, "W" if unit == "WE" else unit, n)
    return Reading("DATE", when.value(), mod, when)


def _coarsen_when(when: When, unit: str) -> When | None:
    """The ``unit`` containing a point known at its own precision (None if it is coarser)."""
    day = when.as_date()
    if day is not None:
        return coarsen(day, unit)
    if unit == "Y":
        return When(when.year)
    if unit == "M" and when.month is not None:
        return When(when.year, when.month)
    if unit == "Q" and (when.quarter is not None or when.month is not None):
        return When(when.year, quarter=when.quarter or (when.month - 1) // 3 + 1)
    return None


def season(tokens, letters, ctx, span):
    code = lx.SEASONS[_pick(tokens, letters, "S").lower_]
    year_token = _pick(tokens, letters, "Y")
    # "this past spring": the last keyword says the direction
    keywords = [t.lower_ for t, m in zip(tokens, letters, strict=True) if m in "LXT"]
    keyword = keywords[-1] if keywords else ""
    mod = mod_of(tokens, letters)
    if year_token is not None:
        year_number = year_value(tokens, letters)
    elif keyword and ctx.base() is not None:
        # "last spring" said in October is this year's spring: the latest one before now
        base = ctx.base()
        middle = SEASON_MONTH[code]
        year_number = base.year
        if keyword in lx.BACK and middle >= base.month:
            year_number -= 1
        elif keyword in lx.FORWARD and middle <= base.month:
            year_number += 1
    else:
        year_number = pick_year(SEASON_MONTH[code], None, ctx, span)
    if year_number is None:
        return Reading("DATE", f"XXXX-{code}", mod)
    when = When(year_number, season=code)
    return Reading("DATE", when.value(), mod, when, year_token is not None)


def quarter(tokens, letters, ctx, span):
    number = lx.ORDINALS.get(_pick(tokens, letters, "o").lower_, 0)
    if not 1 <= number <= 4:
        return None
    year_token = _pick(tokens, letters, "Y")
    base = ctx.base()
    keyword = next((t.lower_ for t, m in zip(tokens, letters, strict=True) if m in "LXT"), "")
    if year_token is not None:
        year_number = year_value(tokens, letters)
    elif base is not None and "z" in letters:  # "next year's first quarter"
        year_number = base.year + (-1 if keyword in lx.BACK else 1 if keyword in lx.FORWARD else 0)
    elif base is not None and ("A" in letters or "Z" in letters):  # "the year-ago quarter"
        word = _pick(tokens, letters, "Z")
        later = word is not None and lx.BEFORE_AFTER[word.lower_] > 0
        year_number = base.year + (1 if later else -1)
    elif base is not None:
        year_number = base.year
        if number > (base.month - 1) // 3 + 1 and direction(span) == BACK:
            year_number -= 1
    else:
        return Reading("DATE", f"XXXX-Q{number}")
    when = When(year_number, quarter=number)
    # "the third-quarter loss": the article belongs to the noun, not to the expression
    skip = 1 if letters[0] == "t" and "h" in letters else 0
    return Reading("DATE", when.value(), None, when, year_token is not None, skip)


def half(tokens, letters, ctx, span):
    ordinal = _pick(tokens, letters, "o")
    number = lx.ORDINALS.get(ordinal.lower_, 0) if ordinal is not None else 0
    if ordinal is not None and number not in (1, 2):
        return None
    year_token = _pick(tokens, letters, "Y")
    base = ctx.base()
    if year_token is not None:
        year_number = year_value(tokens, letters)
    elif base is not None:
        year_number = base.year
    else:
        return Reading("DATE", f"XXXX-H{number or 'X'}")
    if not number:  # "this half", "the next half"
        number = 1 if base is None or base.month <= 6 else 2
    when = When(year_number, half=number)
    return Reading("DATE", when.value(), None, when, year_token is not None)


def _is_preposition(token: Token) -> bool:
    """ "two days before the vote": "before" heads a phrase of its own, so it is no part of
    the expression; "two days before." and "two days later" end there."""
    if token.lower_ not in ("before", "after"):
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and not following.is_punct and following.text != "\n"


def _adjectival_skip(letters: str) -> int:
    """ "the year-ago results": the article belongs to the noun, not to "year-ago"."""
    if letters[0] in "ta" and letters[-1] not in "qp" and "h" in letters:
        return 1
    return 0


def ago(tokens, letters, ctx, span):
    unit_token = _pick(tokens, letters, "U")
    unit, factor = unit_of(unit_token)
    found, amount = quantity(tokens, letters)
    if not found and unit_token.lower_ not in lx.PLURAL_UNITS:
        found, amount = True, 1.0  # "year-ago": a year ago
    if amount is None or ctx.dct is None:
        return Reading("DATE", "PAST_REF", mod_of(tokens, letters))
    if unit == "Y" and ctx.ref is not None and ctx.ref.quarter is not None:
        # In a quarterly report "a year ago" is the same quarter a year before.
        when = shift(ctx.ref, unit, -int(amount))
        return Reading("DATE", when.value(), None, None, skip=_adjectival_skip(letters))
    if unit in ("H", "MIN", "S"):
        return _day_reading(from_date(ctx.dct), "")
    steps = int(amount * factor)
    skip = _adjectival_skip(letters)
    unit = {"DE": "Y", "CE": "Y"}.get(unit, unit)
    if unit_token.lower_ in ("decade", "decades"):
        steps *= 10
    elif unit_token.lower_ in ("century", "centuries"):
        steps *= 100
    when = shift(coarsen(ctx.dct, unit), unit, -steps)
    return Reading("DATE", when.value(), mod_of(tokens, letters), when, skip=skip)


def shifted(tokens, letters, ctx, span):
    word = _pick(tokens, letters, "Z")
    if _is_preposition(word):
        return None
    unit_token = _pick(tokens, letters, "U")
    unit, factor = unit_of(unit_token)
    if unit in ("H", "MIN", "S", "DE", "CE"):
        return None
    found, amount = quantity(tokens, letters)
    if not found:
        if unit_token.lower_ in lx.PLURAL_UNITS:
            return None
        amount = 1.0  # "the day before", "year-earlier"
    if amount is None:  # "a few days later": only the direction is known
        way = lx.BEFORE_AFTER[word.lower_]
        return Reading("DATE", "FUTURE_REF" if way > 0 else "PAST_REF", mod_of(tokens, letters))
    steps = int(amount * factor) * lx.BEFORE_AFTER[word.lower_]
    ref = ctx.ref
    if ref is None or ref.year is None:
        if ctx.dct is None:
            return Reading("DATE", {"D": "XXXX-XX-XX", "M": "XXXX-XX"}.get(unit, "XXXX"))
        ref = from_date(ctx.dct)
    if letters[-1] in "qp" and ref.quarter is None and ref.as_date() is not None:
        ref = coarsen(ref.as_date(), "Q")
    grain = UNIT_GRAIN[unit]
    if grain == "year" and ref.grain in ("day", "week", "month"):
        ref = When(ref.year)
    elif grain == "month" and ref.grain in ("day", "week"):
        ref = When(ref.year, ref.month)
    elif grain in ("day", "week") and ref.as_date() is None:
        return None
    when = shift(ref, unit, steps)
    if grain == "week" and when.as_date() is not None:
        when = week_of(when.as_date())
    return Reading(
        "DATE", when.value(), mod_of(tokens, letters), when, skip=_adjectival_skip(letters)
    )


def duration_rule(tokens, letters, ctx, span):
    unit_token = _pick(tokens, letters, "U")
    unit, factor = unit_of(unit_token)
    if "r" in letters:
        return Reading("DATE", "PAST_REF")
    found, amount = quantity(tokens, letters)
    if not found:
        return None
    if amount is not None:
        amount *= factor
    # "the 6-year note", "the two-week visit": an adjective; the article is the noun's
    adjectival = unit_token.lower_ not in lx.PLURAL_UNITS and amount not in (None, 1)
    skip = 1 if adjectival and letters[0] in "ta" and letters[1:2] in ("c", "n", "d") else 0
    if any(m == "d" and not t.text.isdigit() for t, m in zip(tokens, letters, strict=True)):
        return None  # "the 20th century" is no duration
    return Reading(
        "DURATION", duration(*_in_years(amount, unit)), mod_of(tokens, letters), skip=skip
    )


def _in_years(amount: float | None, unit: str) -> tuple[float | None, str]:
    """Decades and centuries as years (``P20Y``), the form TimeML corpora use."""
    if unit in ("DE", "CE"):
        return (None if amount is None else amount * (10 if unit == "DE" else 100)), "Y"
    return amount, unit


def bare_units(tokens, letters, ctx, span):
    """ "for weeks", "within days": a plural unit alone after a preposition of extent."""
    unit_token = tokens[0]
    before = unit_token.doc[unit_token.i - 1].lower_ if unit_token.i > 0 else ""
    if unit_token.lower_ not in lx.PLURAL_UNITS or before not in ("for", "within", "over"):
        return None
    return Reading("DURATION", duration(*_in_years(None, unit_of(unit_token)[0])))


def month_relative(tokens, letters, ctx, span):
    """ "June last year", "January this year"."""
    if tokens[-1].lower_ != "year" or ctx.dct is None:
        return None
    keyword = (
        _pick(tokens, letters, "L") or _pick(tokens, letters, "X") or _pick(tokens, letters, "T")
    )
    shift_years = -1 if keyword.lower_ in lx.BACK else 1 if keyword.lower_ in lx.FORWARD else 0
    when = When(ctx.dct.year + shift_years, month_of(_pick(tokens, letters, "M")))
    return Reading("DATE", when.value(), mod_of(tokens, letters), when)


def the_quarter(tokens, letters, ctx, span):
    """ "the quarter" in a report: the quarter last mentioned, else the last one completed."""
    if ctx.ref is not None and ctx.ref.quarter is not None:
        return Reading("DATE", ctx.ref.value(), None, ctx.ref)
    if ctx.dct is None:
        return Reading("DATE", "XXXX-QX")
    when = shift(coarsen(ctx.dct, "Q"), "Q", -1)
    return Reading("DATE", when.value(), None, when)


def the_weekend(tokens, letters, ctx, span):
    if ctx.dct is None:
        return Reading("DATE", "XXXX-WXX-WE")
    way = direction(span)
    saturday = weekday_date(6, ctx, span, "")
    if way == BACK:
        saturday = ctx.dct - timedelta(days=(ctx.dct.isoweekday() - 6) % 7)
    elif way == AHEAD:
        saturday = ctx.dct + timedelta(days=(6 - ctx.dct.isoweekday()) % 7)
    when = week_of(saturday, weekend=True)
    return Reading("DATE", when.value(), None, when)


def clock(tokens, letters, ctx, span):
    text = "".join(t.text for t in tokens if letters[tokens.index(t)] in "HdncmN").lower()
    noon = _pick(tokens, letters, "N")
    if noon is not None:
        hhmm = lx.CLOCK_WORDS[noon.lower_]
    else:
        digits = text.replace("a.m.", "").replace("p.m.", "").replace("am", "").replace("pm", "")
        digits = digits.replace(".", "")
        hours, _, minutes = digits.partition(":")
        if not hours.isdigit():
            value = _number([t.lower_ for t in tokens if t.lower_ in lx.NUMBER_WORDS])
            if not value:
                return None
            hours = str(int(value))
        hour = int(hours)
        if ("pm" in text or "p.m" in text) and hour < 12:
            hour += 12
        if ("am" in text or "a.m" in text) and hour == 12:
            hour = 0
        if hour > 24 or (minutes and int(minutes) > 59):
            return None
        hhmm = f"{hour:02d}:{int(minutes or 0):02d}"
    day_word = _pick(tokens, letters, "R")
    weekday_token = _pick(tokens, letters, "W")
    day = None
    if ctx.dct is not None:
        day = ctx.dct
        if day_word is not None and day_word.lower_ in lx.DEICTIC_DAYS:
            day = ctx.dct + timedelta(days=lx.DEICTIC_DAYS[day_word.lower_])
        elif weekday_token is not None:
            day = weekday_date(lx.WEEKDAYS[weekday_token.lower_], ctx, span, "")
    if day is None:
        return Reading("TIME", f"XXXX-XX-XXT{hhmm}")
    return _day_reading(When(day.year, day.month, day.day, clock=hhmm), "")


def set_rule(tokens, letters, ctx, span):
    if letters == "J":
        return Reading("SET", lx.PERIODIC[tokens[0].lower_])
    last, mark = tokens[-1], letters[-1]
    if mark == "U":
        unit, factor = unit_of(last)
        found, amount = quantity(tokens, letters)
        return Reading(
            "SET", duration(*_in_years((amount if found and amount else 1) * factor, unit))
        )
    if mark == "W":
        return Reading("SET", f"XXXX-WXX-{lx.WEEKDAYS[last.lower_]}")
    if mark == "M":
        return Reading("SET", f"XXXX-{month_of(last):02d}")
    if mark == "S":
        return Reading("SET", f"XXXX-{lx.SEASONS[last.lower_]}")
    if mark == "P":
        return Reading("SET", f"XXXX-XX-XXT{lx.PARTS_OF_DAY[last.lower_]}")
    if mark == "K":
        return Reading("SET", "XXXX-WXX-WE")
    return Reading("SET", "P3M")


def holiday(tokens, letters, ctx, span):
    words = tuple(t.lower_ for t, m in zip(tokens, letters, strict=True) if m in "Vv")
    month_day = lx.HOLIDAYS.get(words)
    movable = lx.MOVABLE_HOLIDAYS.get(words)
    if month_day is None and movable is None:
        return None
    month_value, day_value = month_day or (movable[0], 15)
    year_token = _pick(tokens, letters, "Y")
    keyword = tokens[0].lower_ if letters[0] in "LXT" else ""
    way = BACK if keyword in lx.BACK else AHEAD if keyword in lx.FORWARD else None
    year_number = (
        year_value(tokens, letters)
        if year_token is not None
        else pick_year(month_value, day_value, ctx, span, way)
    )
    if year_number is None:
        if movable is not None:
            return Reading("DATE", f"XXXX-{month_value:02d}-XX")
        return Reading("DATE", f"XXXX-{month_value:02d}-{day_value:02d}")
    if movable is not None:
        day_value = _nth_weekday(year_number, *movable)
    when = When(year_number, month_value, day_value)
    return Reading("DATE", when.value(), None, when, year_token is not None)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> int:
    """Day of the month of the ``nth`` ``weekday`` (ISO number; nth -1 is the last)."""
    days = [
        d
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if Date(year, month, d).isoweekday() == weekday
    ]
    return days[nth - 1] if nth > 0 else days[nth]


def boundary(tokens, letters, ctx, span):
    mod = lx.BOUNDARIES[_pick(tokens, letters, "B").lower_]
    if any(m in "LXT" for m in letters[3:]):
        inner = relative(tokens[3:], letters[3:], ctx, span)
    else:  # "the end of the year": the current one
        unit_token = tokens[-1]
        if letters[-1] != "q" and unit_token.lower_ not in ("year", "month", "week", "decade"):
            return None
        unit = "Q" if letters[-1] == "q" else unit_of(unit_token)[0]
        # In a narrative "the end of the year" is the year of the story; in news, today's.
        when = None
        if (ctx.narrative or ctx.dct is None) and ctx.ref is not None and ctx.ref.year:
            when = _coarsen_when(ctx.ref, unit)
        if when is None and ctx.dct is not None:
            when = coarsen(ctx.dct, unit)
        if when is None:
            return None
        inner = Reading("DATE", when.value(), None, when)
    if inner is None or inner.type != "DATE":
        return None
    inner.mod = mod
    return inner


NORMALISERS: dict[str, Normaliser] = {
    "date_full": date_full,
    "numeric": numeric,
    "range_day": range_day,
    "month_year": month_year,
    "month": month,
    "year": year,
    "decade": decade,
    "century": century,
    "weekday": weekday,
    "deictic": deictic,
    "the_past": the_past,
    "relative": relative,
    "season": season,
    "quarter": quarter,
    "half": half,
    "ago": ago,
    "shifted": shifted,
    "duration": duration_rule,
    "bare_units": bare_units,
    "month_relative": month_relative,
    "the_quarter": the_quarter,
    "the_weekend": the_weekend,
    "clock": clock,
    "set": set_rule,
    "holiday": holiday,
    "boundary": boundary,
}

__all__ = ["AHEAD", "BACK", "NEAREST", "NORMALISERS", "Context", "Reading"]
