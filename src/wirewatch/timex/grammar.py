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
#   D numeric date ("1/10/2014")  _ anything else

QUANTITY = r"(?:aFf?|F|a|[cnd](?:h?[cnd])*)"

RULES: tuple[tuple[str, str], ...] = (
    ("date_full", r"(?:Wk?)?(?:Md(?:k?Y)?|t?d(?:f)?M(?:k?Y)?)"),
    ("numeric", r"D|YhdhD?d"),
    ("month_year", r"(?:Eh?)?Mk?f?Y"),
    ("month", r"(?:[LXT]|Eh?)?M"),
    ("year", r"(?:I|Eh?|tU)?Y"),
    ("decade", r"t?(?:Eh?)?g?G"),
    ("century", r"t?(?:Eh?)?[od]h?U"),
    ("weekday", r"[LXT]?WP?"),
    ("deictic", r"E?RP?|tR|[TL]P"),
    ("the_past", r"tL"),
    ("relative", r"(?:E|Z)?t?[LXTx](?:U|q|K)"),
    ("season", r"(?:E|Z)?t?[LXT]?S(?:f?Y)?"),
    ("quarter", r"t?(?:[LXT]|Y)?oh?q(?:f?Y)?"),
    ("half", r"t?(?:o|[LXT])b(?:f?Y)?"),
    ("ago", rf"(?:u?{QUANTITY}h?)?Uh?A"),
    ("shifted", rf"t?(?:u?{QUANTITY}h?)?Uh?Zq?"),
    ("duration", rf"u?(?:t(?:[LX]|o)?|[LX])?{QUANTITY}h?U|rU"),
    ("clock", r"(?:Hm?|[dnc]h?m|[dnc]O|N)(?:R|W)?"),
    ("set", rf"e(?:{QUANTITY})?(?:U|W|M|S|P|K|q)|J"),
    ("holiday", r"[LXT]?Vv*(?:k?Y)?"),
    ("boundary", r"tBft?[LXT]?(?:U|q)"),
)
COMPILED = tuple((name, re.compile(pattern)) for name, pattern in RULES)
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
    return token.pos_ == "PROPN" and token.ent_type_ == "DATE"


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
    if lower in lx.WEEKDAYS:
        return "W"
    if lower in lx.HOLIDAY_STARTS and text[:1].isupper():
        return "V"
    if lower == "second" and prev is not None and (_is_number(prev) or prev.lower_ in ("a", "one")):
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
    if lower in lx.SEASONS and (lower not in ("fall", "spring") or token.pos_ in ("NOUN", "PROPN")):
        return "S"
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
    if lower in _AMPM and prev is not None and prev.like_num:
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
        return "u"
    if _NUMERIC_DATE.match(text):
        return "D"
    if _NUMBER.match(text):
        return "n"
    return "_"


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
        for key in lx.HOLIDAYS:
            n = len(key)
            if tuple(t.lower_ for t in doc[i : i + n]) == key and n > best:
                best = n
        if best == 0:
            letters[i] = "_"
            continue
        for j in range(i + 1, i + best):
            letters[j] = "v"


def letters_of(doc: Doc) -> str:
    letters = [categorise(token) for token in doc]
    _holiday_letters(doc, letters)
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
