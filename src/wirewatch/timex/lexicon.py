"""Word lists of the time grammar: months, weekdays, units, numbers, seasons, holidays.

Facts only (calendar names, TIMEX3 codes); the grammar in ``grammar.py`` decides what they mean in
context.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
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
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

# Month names that are also common English words: only taken as months when the parse or the
# neighbours say so (see ``grammar.categorise``).
AMBIGUOUS_MONTHS = {"may", "march", "mar", "jan", "sep", "dec", "jun", "jul", "aug"}

WEEKDAYS = {
    "monday": 1,
    "tuesday": 2,
    "wednesday": 3,
    "thursday": 4,
    "friday": 5,
    "saturday": 6,
    "sunday": 7,
}

# Unit word -> TIMEX3 unit letter ("MIN" for minutes, written M after "PT").
UNITS: dict[str, str] = {
    "second": "S",
    "seconds": "S",
    "minute": "MIN",
    "minutes": "MIN",
    "hour": "H",
    "hours": "H",
    "day": "D",
    "days": "D",
    "week": "W",
    "weeks": "W",
    "fortnight": "W",  # counted twice by the grammar
    "month": "M",
    "months": "M",
    "year": "Y",
    "years": "Y",
    "decade": "DE",
    "decades": "DE",
    "century": "CE",
    "centuries": "CE",
}
CLOCK_UNITS = {"second", "seconds", "minute", "minutes", "hour", "hours"}
PLURAL_UNITS = {
    "seconds",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "decades",
    "centuries",
}

ONES = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
MULTIPLIERS = {"hundred": 100, "thousand": 1000}
ONES["couple"] = 2  # "a couple of years" is P2Y
NUMBER_WORDS = {**ONES, **TENS, **MULTIPLIERS}

ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "thirtieth": 30,
}

# Vague quantities: "the past few days" is PXD, never a made-up number.
VAGUE = {"few", "several", "some", "many", "numerous"}

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

# Part of day -> TIMEX3 code; noon and midnight are clock times.
PARTS_OF_DAY = {
    "morning": "MO",
    "mornings": "MO",
    "afternoon": "AF",
    "afternoons": "AF",
    "evening": "EV",
    "evenings": "EV",
    "night": "NI",
    "nights": "NI",
    "overnight": "NI",
    "daytime": "DT",
}
CLOCK_WORDS = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}

# Single words that are whole expressions: deictic days and the vague references.
DEICTIC_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}
REFERENCES = {
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "present": "PRESENT_REF",
    "recently": "PAST_REF",
    "recent": "PAST_REF",
    "lately": "PAST_REF",
    "past": "PAST_REF",
    "future": "FUTURE_REF",
}
# Left out on purpose: "previously", "formerly", "soon" mark time relative to some event more
# often than they refer to a time; TimeML annotators mostly leave them untagged.

BACK = {"last", "past", "previous", "preceding", "prior", "latest"}
FORWARD = {"next", "coming", "following", "upcoming", "subsequent"}
THIS = {"this", "current"}
EARLY_LATE = {"early": "START", "mid": "MID", "late": "END", "middle": "MID"}
BOUNDARIES = {"end": "END", "beginning": "START", "start": "START", "middle": "MID", "turn": "END"}
BEFORE_AFTER = {"earlier": -1, "before": -1, "later": 1, "after": 1, "afterwards": 1}
EVERY = {"every", "each", "per"}
PERIODIC = {
    "hourly": "PT1H",
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "annually": "P1Y",
    "yearly": "P1Y",
}
# "quarterly" and "annual" are left out: mostly adjectives of reports and rates ("quarterly
# earnings"), not statements of recurrence.
APPROX = {
    "about": "APPROX",
    "around": "APPROX",
    "approximately": "APPROX",
    "roughly": "APPROX",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "less than": "LESS_THAN",
    "under": "LESS_THAN",
    "at least": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
}
APPROX_PHRASES = tuple(tuple(key.split()) for key in APPROX if " " in key)
# Single words of APPROX that are also prepositions: only modifiers right before a number.
APPROX_BEFORE_NUMBERS = {"over", "under", "about", "around"}

# Prepositions that bound an expression: TimeML leaves them outside the extent and records the
# bound as ``mod`` ("since 2010" is 2010 with ON_OR_AFTER).
BOUNDING_PREPOSITIONS = {
    "since": "ON_OR_AFTER",
    "until": "ON_OR_BEFORE",
    "till": "ON_OR_BEFORE",
    "before": "BEFORE",
    "after": "AFTER",
}

# Holidays on a fixed day of the Gregorian calendar: lower-case token sequence -> (month, day).
HOLIDAYS: dict[tuple[str, ...], tuple[int, int]] = {
    ("christmas",): (12, 25),
    ("christmas", "day"): (12, 25),
    ("christmas", "eve"): (12, 24),
    ("boxing", "day"): (12, 26),
    ("new", "year", "'s", "day"): (1, 1),
    ("new", "year", "'s", "eve"): (12, 31),
    ("new", "year", "’s", "day"): (1, 1),
    ("new", "year", "’s", "eve"): (12, 31),
    ("valentine", "'s", "day"): (2, 14),
    ("valentine", "’s", "day"): (2, 14),
    ("halloween",): (10, 31),
    ("independence", "day"): (7, 4),
    ("bastille", "day"): (7, 14),
    ("armistice", "day"): (11, 11),
    ("veterans", "day"): (11, 11),
    ("may", "day"): (5, 1),
    ("epiphany",): (1, 6),
    ("all", "saints", "'", "day"): (11, 1),
}
# Holidays computed per year: (month, weekday ISO number, which occurrence).
MOVABLE_HOLIDAYS: dict[tuple[str, ...], tuple[int, int, int]] = {
    ("thanksgiving",): (11, 4, 4),  # US: fourth Thursday of November
    ("thanksgiving", "day"): (11, 4, 4),
    ("labor", "day"): (9, 1, 1),  # US: first Monday of September
    ("memorial", "day"): (5, 1, -1),  # US: last Monday of May
}
HOLIDAY_STARTS = {key[0] for key in HOLIDAYS} | {key[0] for key in MOVABLE_HOLIDAYS}
