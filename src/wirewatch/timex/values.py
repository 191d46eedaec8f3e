"""TIMEX3 values: calendar points at the precision the text gives, and arithmetic on them.

A ``When`` is a year plus at most one finer field (month[/day], ISO week, quarter, half, season),
or a decade/century. ``shift`` moves it by whole units without inventing precision: "a year
before the third quarter of 1989" is ``1988-Q3``, not a day.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date as Date
from datetime import timedelta


@dataclass(frozen=True)
class When:
    year: int | None = None  # None: unknown ("XXXX")
    month: int | None = None
    day: int | None = None
    week: int | None = None  # ISO week; ``year`` is then the ISO year
    weekend: bool = False
    quarter: int | None = None
    half: int | None = None
    season: str | None = None  # SP SU FA WI
    decade: int | None = None  # 199 for the 1990s (``year`` unused)
    century: int | None = None  # 19 for the 1900s
    part: str | None = None  # part of day: MO AF EV NI
    clock: str | None = None  # HH:MM

    @property
    def is_time(self) -> bool:
        return self.part is not None or self.clock is not None

    @property
    def grain(self) -> str:
        if self.day is not None:
            return "day"
        if self.week is not None:
            return "week"
        if self.month is not None:
            return "month"
        if self.quarter is not None:
            return "quarter"
        if self.half is not None:
            return "half"
        if self.season is not None:
            return "season"
        if self.decade is not None:
            return "decade"
        if self.century is not None:
            return "century"
        return "year"

    def as_date(self) -> Date | None:
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return Date(self.year, self.month, self.day)
        except ValueError:
            return None

    def value(self) -> str:
        if self.century is not None:
            return f"{self.century:02d}"
        if self.decade is not None:
            return f"{self.decade:03d}"
        year = "XXXX" if self.year is None else f"{self.year:04d}"
        if self.week is not None:
            text = f"{year}-W{self.week:02d}" + ("-WE" if self.weekend else "")
        elif self.month is not None:
            text = f"{year}-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        elif self.quarter is not None:
            text = f"{year}-Q{self.quarter}"
        elif self.half is not None:
            text = f"{year}-H{self.half}"
        elif self.season is not None:
            text = f"{year}-{self.season}"
        else:
            text = year
        if self.clock is not None:
            text += f"T{self.clock}"
        elif self.part is not None:
            text += f"T{self.part}"
        return text


def from_date(day: Date) -> When:
    return When(day.year, day.month, day.day)


def week_of(day: Date, weekend: bool = False) -> When:
    iso = day.isocalendar()
    return When(iso[0], week=iso[1], weekend=weekend)


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def shift(when: When, unit: str, n: int) -> When:
    """``when`` moved by ``n`` units (D W M Y Q DE CE), keeping its own precision."""
    if when.year is None and when.decade is None and when.century is None:
        return when
    day = when.as_date()
    if day is not None:
        if unit == "D":
            return replace(from_date(day + timedelta(days=n)), part=when.part)
        if unit == "W":
            return from_date(day + timedelta(weeks=n))
    if when.week is not None and unit in ("D", "W"):
        monday = Date.fromisocalendar(when.year, when.week, 1)
        days = n * 7 if unit == "W" else n
        return week_of(monday + timedelta(days=days), when.weekend)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    if months is None:
        return when
    months *= n
    if when.decade is not None:
        return replace(when, decade=when.decade + months // 120)
    if when.century is not None:
        return replace(when, century=when.century + months // 1200)
    if when.month is not None:
        year, month = add_months(when.year, when.month, months)
        if when.day is not None:
            return When(year, month, min(when.day, 28 if month == 2 else 30), part=when.part)
        return When(year, month)
    if when.quarter is not None:
        index = when.year * 4 + when.quarter - 1 + months // 3
        return When(index // 4, quarter=index % 4 + 1)
    if when.week is not None:
        monday = Date.fromisocalendar(when.year, when.week, 1)
        year, month = add_months(monday.year, monday.month, months)
        return week_of(Date(year, month, min(monday.day, 28)))
    return replace(when, year=when.year + months // 12)


def coarsen(day: Date, unit: str) -> When:
    """The calendar unit containing ``day`` ("this week", "last month", …)."""
    if unit == "W":
        return week_of(day)
    if unit == "WE":
        return week_of(day, weekend=True)
    if unit == "M":
        return When(day.year, day.month)
    if unit == "Q":
        return When(day.year, quarter=(day.month - 1) // 3 + 1)
    if unit == "DE":
        return When(decade=day.year // 10)
    if unit == "CE":
        return When(century=day.year // 100)
    if unit == "Y":
        return When(day.year)
    return from_date(day)


def duration(n: float | None, unit: str) -> str:
    """``P3D``, ``PT24H``, ``PXW`` (unknown amount), ``P1.5Y``."""
    clock = unit in ("H", "S", "MIN")
    letter = "M" if unit == "MIN" else unit
    if n is None:
        amount = "X"
    elif float(n).is_integer():
        amount = str(int(n))
    else:
        amount = f"{n:g}"
    return f"PT{amount}{letter}" if clock else f"P{amount}{letter}"
