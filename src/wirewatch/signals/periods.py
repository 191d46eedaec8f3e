"""Periods (ISO weeks starting Monday, or days) and the coverage of each by documents."""

from __future__ import annotations

from collections import Counter
from datetime import date as Date
from datetime import timedelta


def period_start(day: Date, period: str) -> Date:
    if period == "day":
        return day
    return day - timedelta(days=day.weekday())


def period_end(start: Date, period: str) -> Date:
    return start if period == "day" else start + timedelta(days=6)


def step(period: str) -> timedelta:
    return timedelta(days=1 if period == "day" else 7)


def parse_day(value: str | None) -> Date | None:
    if not value or len(value) < 10:
        return None
    try:
        return Date.fromisoformat(value[:10])
    except ValueError:
        return None


def all_periods(first: Date, last: Date, period: str) -> list[Date]:
    out, cur = [], period_start(first, period)
    end = period_start(last, period)
    while cur <= end:
        out.append(cur)
        cur += step(period)
    return out


def coverage(days: list[Date], period: str) -> Counter[Date]:
    """Documents per period: the denominator that tells a quiet feed from a quiet actor."""
    return Counter(period_start(d, period) for d in days)
