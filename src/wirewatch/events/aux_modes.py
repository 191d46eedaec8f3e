"""PLOVER's four auxiliary modes (negation, hypothetical, future, historical) by cue-word rules.

Sentence-level and deliberately simple: no gold data for these modes exists in ../shared, so a
learned model is not possible yet. Each rule is a list of cues; a mode is set when one occurs.
"""

from __future__ import annotations

import re

_NEGATION = re.compile(r"\b(not|never|no longer|neither|nor|failed to)\b|n't\b", re.IGNORECASE)
# "may" only in lower case, so the month "May" does not count.
_HYPOTHETICAL = re.compile(
    r"\b(?:[Ii]f|[Uu]nless|could|would|might|may|possibl[ey]|[Ss]hould)\b|\bin case\b"
)
_FUTURE = re.compile(
    r"\b(will|shall|going to|plans? to|planned to|intends? to|(?:is|are) (?:expected|scheduled|"
    r"set|due|to) to|next (?:week|month|year)|tomorrow|upcoming|later this (?:week|month|year))\b"
    r"|'ll\b",
    re.IGNORECASE,
)
_HISTORICAL = re.compile(
    r"\b(\d+ (?:years|decades) ago|in the (?:19|18)\d0s|in (?:19|18)\d\d|back in|formerly)\b",
    re.IGNORECASE,
)

RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("historical", _HISTORICAL),
    ("future", _FUTURE),
    ("hypothetical", _HYPOTHETICAL),
    ("negation", _NEGATION),
)


def aux_modes(sentence: str) -> list[str]:
    """The auxiliary modes whose cues occur in the sentence, in PLOVER's order."""
    return [name for name, cue in RULES if cue.search(sentence)]
