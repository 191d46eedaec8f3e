"""The time grammar: a one-letter category per spaCy token, and patterns over those letters.

Each token of the parsed ``Doc`` gets one letter (``M`` month, ``W`` weekday, ``Y`` year, ``U``
unit, …; ``_`` for anything else), chosen with a look at the parse and the neighbours where a word
is ambiguous ("May", "fall", "second"). Rules are regular expressions over that string, so a
rule like ``Mdk?Y`` reads "month, day, optional comma, year" and matching a whole document is one
pass of Python's regex engine per rule over a string as long as the token count. Overlapping
candidates are resolved longest-first; the interpretation of a match lives in ``normalise.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from wirewatch.timex import lexicon as lx

# Letters of the alphabet (documentation for the patterns below):
#   M month  W weekday  Y year  d day number (1-31, "17th")  n other number  c number word
#   o ordinal word  a a/an  t the  f of  h hyphen  k comma  U time unit  q quarter  b half
#   S season  P part of day  N noon/midnight  R deictic or reference word  L last/past/previous
#   X next/coming/following  T this/current  x that/same  E early/mid/late  B end/beginning
#   A ago  Z earlier/later/before/after  F few/several  e every/each/per  J daily/weekly…
#   H clock time  m a.m./p.m.  O o'clock  V holiday (first word)  v holiday (later words)
#   G decade ("1990s")  g apostrophe before a decade  I fiscal  u about/around  K weekend
#   D numeric date ("1/10/2014")  p period  z possessive 's  y later words of a spelled-out year
#   C BC  _ anything else

QUANTITY = r"(?:a?Ff?|a|a?[cnd](?:h?[cnd])*f?)"

RULES: tuple[tuple[str, str], ...] = (
    ("date_full", r"(?:Wk?)?(?:Md(?:k?Y)?|t?d(?:f)?M(?:k?Y)?)"),
    ("numeric", r"D|YhdhD?d"),
    ("range_day", r"d(?=hdM)|(?<=Mdh)d"),
    ("month_year", r"(?:Eh?)?Mk?f?Y"),
    ("month_relative", r"(?:Eh?)?M[LXT]U"),
    ("month", r"(?:[LXT]|Eh?)?M"),
    ("year", r"(?:I|Eh?|tU)?Y|[ndY]C"),
    ("decade", r"t?(?:Eh?)?g?G"),
    ("century", r"t?(?:Eh?)?[od]h?U"),
    ("weekday", r"(?:Eh?|Z)?[LXT]?(?:Eh?)?WP?"),
    ("deictic", r"(?:Eh?|Z)?P?RP?|tR|Z?[TLx]P"),
    ("the_past", r"tL"),
    ("relative", r"(?:E|Z)?t?[LXTx]I?(?:U|q|K)|tIU"),
    ("the_quarter", r"tq"),
    ("the_weekend", r"tK"),
    ("season", r"(?:E|Z)?t?[LXT]{0,2}S(?:f?Y)?"),
    ("quarter", r"t?(?:[LXT]|Y|[LXT]Uz|Uh[AZ])?I?oh?q(?:f?Y)?"),
    ("half", r"t?(?:o|[LXT])b(?:f?Y)?"),
    ("ago", rf"t?(?:u*{QUANTITY}h?)?Uh?A[qp]?"),
    ("shifted", rf"t?(?:u*{QUANTITY}h?)?Uh?Z[qp]?"),
    ("duration", rf"u*(?:t(?:[LX]|o)?|[LX])?{QUANTITY}h?U|rU"),
    ("bare_units", r"U"),
    ("clock", r"u*(?:Hm?|[dnc]h?m|[dnc]O|N)(?:R|W)?"),
    ("set", rf"e(?:{QUANTITY})?(?:U|W|M|S|P|K|q)|J"),
    ("holiday", r"[LXT]?Vv*(?:k?Y)?"),
    ("boundary", r"tBft?[LXT]?(?:U|q)"),
)
# A year may be spelled out over several tokens ("nineteen ninety-six": Y then y's).
COMPILED = tuple((name, re.compile(pattern.replace("Y", "(?:Yy*)"))) for name, pattern in RULES)
RANK = {name: i for i, (name, _) in enumerate(RULES)}

_CLOCK = re.compile(r"^([01]?\d|2[0-4])(?::([0-5]\d))?(am|pm|a\.m\.|p\.m\.)?$", re.I)
_NUMERIC_DATE = re.compile(r"^(\d{1,4})([/.-])(\d{1,2})\2(\d{2,4})$")
_DECADE = re.compile(r"^(\d{1,3}0)'?s$")
_DAY_ORDINAL = re.compile(r"^(\d{1,2})(st|nd|rd|th)$", re.I)
_NUMBER = re.compile(r"^\d[\d,]*(\.\d+)?$")
_AMPM = {"am", "pm", "a.m.", "p.m.", "a.m", "p.m"}


@dataclass(frozen=True)
class Match:
    rule: str
    start: int  # token index
    end: int  # token index, exclusive


def _is_number(token: Token) -> bool:
    return bool(_NUMBER.match(token.text)) or token.lower_ in lx.NUMBER_WORDS


TIME_PREPOSITIONS = {
    "in",
    "by",
    "since",
    "until",
    "till",
    "from",
    "to",
    "through",
    "during",
    "before",
    "after",
    "early",
    "late",
    "mid",
    "of",
}


def _month_ok(token: Token, lower: str) -> bool:
    """Whether a month name is a month here ("May" the modal and "march" the verb are not)."""
    if lower not in lx.AMBIGUOUS_MONTHS and not token.text.endswith("."):
        return True
    if not token.text[:1].isupper() or token.tag_ == "MD":
        return False
    doc = token.doc
    neighbours = [doc[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)]
    if any(n.like_num or n.lower_ in lx.BACK | lx.FORWARD | lx.THIS for n in neighbours):
        return True
    if token.text.endswith(".") and lower != "may":
        return True
    if token.pos_ != "PROPN":
        return False
    if token.ent_type_ == "DATE":
        return True
    # Without entity types (the standalone parse) a proper noun after a preposition of time
    # will do: "in May", "by March", "since May".
    return token.i > 0 and doc[token.i - 1].lower_ in TIME_PREPOSITIONS


def categorise(token: Token) -> str:
    """The grammar letter of one token."""
    text = token.text
    lower = token.lower_
    bare = lower.rstrip(".")
    doc = token.doc
    nxt = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    prev = doc[token.i - 1] if token.i > 0 else None
    if text.isdigit():
        value = int(text)
        if len(text) == 4 and 1000 <= value <= 2099:
            if token.ent_type_ in ("MONEY", "PERCENT", "QUANTITY") or nxt in ("%", "percent"):
                return "n"
            if prev is not None and prev.text in ("$", "£", "€", "#"):
                return "n"
            return "Y"
        if len(text) <= 2 and 1 <= value <= 31:
            return "d"
        return "n"
    if _DAY_ORDINAL.match(text):
        return "d" if int(_DAY_ORDINAL.match(text).group(1)) <= 31 else "n"
    if bare in lx.MONTHS and _month_ok(token, bare):
        return "M"
    if lower in lx.WEEKDAYS or (lower.endswith("s") and lower[:-1] in lx.WEEKDAYS):
        return "W"
    if lower in lx.HOLIDAY_STARTS and text[:1].isupper():
        return "V"
    if (
        lower in ("second", "seconds")
        and prev is not None
        and (
            (_is_number(prev) and len(prev.text) < 4)
            or (
                prev.lower_ in ("a", "one") and (nxt in lx.BEFORE_AFTER or nxt in (".", ",", "ago"))
            )
        )
    ):
        return "U"
    if lower in lx.ORDINALS:
        return "o"
    if lower in lx.UNITS:
        return "U"
    if lower in ("quarter", "quarters"):
        return "q"
    if lower == "half":
        return "b"
    if lower in ("weekend", "weekends"):
        return "K"
    if lower in lx.SEASONS and (
        lower not in ("fall", "spring")
        or (token.pos_ in ("NOUN", "PROPN") and (nxt != "of" or _year_follows(token)))
    ):
        return "S"  # not "the fall of France"
    if lower in ("bc", "b.c.", "bce", "b.c.e."):
        return "C"
    if lower in lx.PARTS_OF_DAY:
        return "P"
    if lower in lx.CLOCK_WORDS:
        return "N"
    if lower in lx.NUMBER_WORDS:
        return "c"
    if lower in ("a", "an"):
        return "a"
    if lower == "the":
        return "t"
    if lower == "of":
        return "f"
    if text in ("-", "–", "—"):
        return "h"
    if text == ",":
        return "k"
    if lower in lx.BACK:
        return "L"
    if lower in lx.FORWARD:
        return "X"
    if lower == "this" or (lower == "current" and (nxt in lx.UNITS or nxt == "quarter")):
        return "T"
    if lower in ("that", "same"):
        return "x"
    if lower == "recent" and nxt in lx.PLURAL_UNITS:
        return "r"
    if lower in lx.DEICTIC_DAYS or (lower in lx.REFERENCES and _reference_ok(token, lower)):
        return "R"
    if lower in lx.EARLY_LATE:
        return "E"
    if lower in lx.BOUNDARIES:
        return "B"
    if lower == "ago":
        return "A"
    if lower in lx.BEFORE_AFTER:
        return "Z"
    if lower in lx.VAGUE:
        return "F"
    if lower in lx.EVERY:
        return "e"
    if lower in lx.PERIODIC:
        return "J"
    if _CLOCK.match(text) and (":" in text or text[-1:].lower() == "m"):
        return "H"
    if lower in _AMPM and prev is not None and (prev.like_num or _CLOCK.match(prev.text)):
        return "m"
    if lower == "o'clock":
        return "O"
    if _DECADE.match(text):
        return "G"
    if text in ("'", "’") and _DECADE.match(nxt):
        return "g"
    if lower == "fiscal":
        return "I"
    if lower in lx.APPROX:
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if lower not in lx.APPROX_BEFORE_NUMBERS or (
            following is not None
            and (
                _is_number(following)
                or following.lower_ in ("a", "an")
                or _CLOCK.match(following.text) is not None
            )
        ):
            return "u"
    if lower == "period":
        return "p"
    if lower in ("'s", "’s"):
        return "z"
    if _NUMERIC_DATE.match(text):
        return "D"
    if _NUMBER.match(text):
        return "n"
    return "_"


def _year_follows(token: Token) -> bool:
    """ "the spring of 2012" (a season) against "the fall of France" (an event)."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 2].like_num


def _reference_ok(token: Token, lower: str) -> bool:
    """Reference words that are only times in some uses ("the future", not "future talks")."""
    prev = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    if lower in ("future", "present"):
        return prev in ("the", "near", "at")
    if lower == "past":
        return False  # "the past" is its own rule; "past" alone is a preposition or adjective
    if lower == "current":
        return token.dep_ == "amod"
    return True


def _holiday_letters(doc: Doc, letters: list[str]) -> None:
    """Mark multi-word holidays: first word ``V``, the rest ``v``."""
    for i, letter in enumerate(letters):
        if letter != "V":
            continue
        best = 0
        for key in (*lx.HOLIDAYS, *lx.MOVABLE_HOLIDAYS):
            n = len(key)
            if tuple(t.lower_ for t in doc[i : i + n]) == key and n > best:
                best = n
        if best == 0:
            letters[i] = "_"
            continue
        for j in range(i + 1, i + best):
            letters[j] = "v"


def _phrase_letters(doc: Doc, letters: list[str]) -> None:
    """Two- and three-word modifiers ("more than", "at least") before a number: ``u`` each."""
    firsts = {phrase[0] for phrase in lx.APPROX_PHRASES}
    for i in range(len(letters)):
        if doc[i].lower_ not in firsts:
            continue
        for phrase in lx.APPROX_PHRASES:
            n = len(phrase)
            if (
                i + n < len(doc)
                and tuple(t.lower_ for t in doc[i : i + n]) == phrase
                and letters[i + n] in "acndF"
            ):
                letters[i : i + n] = ["u"] * n


def _spelled_years(doc: Doc, letters: list[str]) -> None:
    """ "nineteen ninety-six", "two thousand": number words the parser calls a date, read as a
    year (``Y`` on the first word, ``y`` on the rest)."""
    # Where entity types are there, the recogniser must call the words a date; without them
    # the strict shape of ``spelled_year`` has to do.
    entities = doc.has_annotation("ENT_IOB")
    i = 0
    while i < len(letters):
        if letters[i] != "c" or (entities and doc[i].ent_type_ != "DATE"):
            i += 1
            continue
        j = i
        while (
            j + 1 < len(letters)
            and letters[j + 1] in "ch"
            and (not entities or doc[j + 1].ent_type_ == "DATE")
        ):
            j += 1
        if letters[j] == "h":
            j -= 1
        followed_by_unit = j + 1 < len(letters) and letters[j + 1] == "U"
        if not followed_by_unit and spelled_year(
            [t.lower_ for t in doc[i : j + 1] if t.text not in ("-", "–")]
        ):
            letters[i] = "Y"
            letters[i + 1 : j + 1] = ["y"] * (j - i)
        i = j + 1


def spelled_year(words: list[str]) -> int | None:
    """1996 for ["nineteen", "ninety", "six"], 2000 for ["two", "thousand"], else None."""
    if len(words) < 2:
        return None
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        tail = sum(lx.ONES.get(w, lx.TENS.get(w, 0)) for w in rest)
        return (
            2000 + tail if tail < 100 and all(w in lx.ONES or w in lx.TENS for w in rest) else None
        )
    head = lx.ONES.get(words[0])
    if head is None or not 11 <= head <= 19:
        return None
    rest = words[1:]
    if not all(w in lx.ONES or w in lx.TENS for w in rest) or len(rest) > 2:
        return None
    if lx.ONES.get(rest[0], 10) < 10:
        return None  # "nineteen four" is two numbers, not 1904
    tail = sum(lx.ONES.get(w, lx.TENS.get(w, 0)) for w in rest)
    if len(rest) == 2 and rest[0] not in lx.TENS:
        return None
    return head * 100 + tail if tail < 100 else None


# Every alphabetic word ``categorise`` can give a letter to; any other word is ``_`` at once,
# which spares the full decision for the nine tokens in ten that are no part of a time.
KNOWN_WORDS = frozenset(
    {
        *lx.MONTHS,
        *lx.WEEKDAYS,
        *(day + "s" for day in lx.WEEKDAYS),
        *lx.UNITS,
        *lx.NUMBER_WORDS,
        *lx.ORDINALS,
        *lx.VAGUE,
        *lx.SEASONS,
        *lx.PARTS_OF_DAY,
        *lx.CLOCK_WORDS,
        *lx.DEICTIC_DAYS,
        *lx.REFERENCES,
        *lx.BACK,
        *lx.FORWARD,
        *lx.THIS,
        *lx.EARLY_LATE,
        *lx.BOUNDARIES,
        *lx.BEFORE_AFTER,
        *lx.EVERY,
        *lx.PERIODIC,
        *lx.APPROX,
        *lx.HOLIDAY_STARTS,
        *_AMPM,
        "a",
        "an",
        "the",
        "of",
        "this",
        "that",
        "same",
        "recent",
        "ago",
        "quarter",
        "quarters",
        "half",
        "weekend",
        "weekends",
        "fiscal",
        "period",
        "bc",
        "bce",
    }
)


def letters_of(doc: Doc) -> str:
    letters = [
        "_" if token.is_alpha and token.lower_ not in KNOWN_WORDS else categorise(token)
        for token in doc
    ]
    _holiday_letters(doc, letters)
    _phrase_letters(doc, letters)
    _spelled_years(doc, letters)
    return "".join(letters)


def candidates(letters: str) -> list[Match]:
    """Every rule's matches, longest first, then by rule order."""
    found: list[Match] = []
    starts = [i for i, letter in enumerate(letters) if letter != "_"]
    for name, pattern in COMPILED:
        for i in starts:
            # Start a match only where a rule can start; finditer alone would miss a
            # shorter match nested in a rejected longer one.
            m = pattern.match(letters, i)
            if m and m.end() > i:
                found.append(Match(name, i, m.end()))
    found.sort(key=lambda m: (-(m.end - m.start), m.start, RANK[m.rule]))
    return found
