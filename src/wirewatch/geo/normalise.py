"""Normalised lookup keys for place names.

Two keys per name: ``key`` is exact up to case, diacritics, apostrophes, hyphens, dots and the
Arabic article; ``skeleton`` also forgets vowels and doubled letters, so transliteration variants
(Jassim/Jasim, Dar'aa/Daraa/Deraa, Qalamoun/Qalamun) meet. The skeleton is only consulted when
the exact key finds nothing, because it also merges names that are really different.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Apostrophe-like marks used in transliterations (ayn, hamza, okina, curly quotes, backtick).
_APOSTROPHES = "'’‘`´ʻʼʽʾʿ′"
_APOS_RE = re.compile(f"[{re.escape(_APOSTROPHES)}]")
_SEPARATORS = re.compile(r"[-‐‑‒–—_/.,]+")
_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^a-z0-9 ]")
# Arabic definite article with its sun-letter assimilations, written joined or apart.
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ath|adh)\s+")
# Words that say what kind of place a name is ("Aleppo Province", "the city of Homs").
_GENERIC_SUFFIX = re.compile(
    r"\s+(?:province|governorate|governate|city|town|village|district|region|prefecture"
    r"|oblast|krai|kray|state|county|municipality|countryside)$"
)
_GENERIC_PREFIX = re.compile(r"^(?:the\s+)?(?:city|town|village|province|governorate) of\s+")
_THE = re.compile(r"^the\s+")
_VOWELS = re.compile(r"[aeiou]")
_DOUBLES = re.compile(r"(.)\1+")


def fold(text: str) -> str:
    """Lower case, no diacritics, no apostrophes; hyphens and dots become spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _APOS_RE.sub("", text.lower())
    text = _SEPARATORS.sub(" ", text)
    text = _NON_WORD.sub("", text)
    return _SPACES.sub(" ", text).strip()


# Abbreviations that only ever mean one word in a place name ("Mt. Pleasant", "Ft. Worth");
# not "St.", which is Saint in "St. Louis" and Street in "Main St.".
_ABBREVIATIONS = re.compile(r"\b(?:mt|ft)\b")
_WRITTEN_OUT = {"mt": "mount", "ft": "fort"}


@lru_cache(maxsize=1 << 16)  # the same names recur across a document and a batch
def key(name: str) -> str:
    """The exact lookup key: folded, without a leading "the" or Arabic article, with "Mt." and
    "Ft." written out."""
    folded = _ABBREVIATIONS.sub(lambda m: _WRITTEN_OUT[m.group(0)], _THE.sub("", fold(name)))
    return _ARTICLE.sub("", folded) or folded


@lru_cache(maxsize=1 << 16)
def generic_kind(name: str) -> tuple[str, str | None]:
    """Split a trailing or leading generic word: "Dar'aa Province" -> ("daraa", "province")."""
    k = key(name)
    match = _GENERIC_SUFFIX.search(k)
    if match and match.start() > 0:
        return k[: match.start()], match.group(0).strip()
    match = _GENERIC_PREFIX.match(k)
    if match and match.end() < len(k):
        word = match.group(0).split()
        return _ARTICLE.sub("", k[match.end() :]), word[-2] if len(word) > 1 else word[0]
    return k, None


def skeleton(name_key: str) -> str:
    """Consonant skeleton of a key: first letter kept, vowels dropped, doubles collapsed."""
    words = []
    for word in name_key.split():
        word = _DOUBLES.sub(r"\1", word.replace("ou", "u").replace("ee", "i"))
        words.append(word[0] + _VOWELS.sub("", word[1:]) if word else word)
    return _DOUBLES.sub(r"\1", " ".join(words))


def is_latin(name: str) -> bool:
    """True when a name is written in Latin letters (other scripts never occur in English text)."""
    for char in name:
        if char.isalpha() and not unicodedata.name(char, "").startswith("LATIN"):
            return False
    return True


# Words that, following a name, say what kind of place it is ("Dar'aa Province", "Aleppo city").
GENERIC_WORDS = {
    "province", "governorate", "governate", "city", "town", "village", "district", "region",
    "prefecture", "oblast", "krai", "kray", "state", "county", "municipality", "countryside",
}  # fmt: skip
