"""PLOVER's four auxiliary modes (negation, hypothetical, future, historical) by cue-word rules.

For ``classify``, which takes no parse (``code`` reads each event's modes from the dependency
parse: ``events.modality``). Each rule is a list of cues; a mode is set when one occurs in the
relation's window: from the clause break before its first participant to the first clause break
a few words past its last one. Read anywhere in the sentence (the first version), cues of other
clauses set modes the event does not have: "Tehran released the two sailors after weeks of
talks, although officials warned that more seizures could follow" is no hypothetical release.
On 640 hand-written events (``benchmarks/aux_modes_eval.py``) the window gets every mode right
for 0.84 of them, the whole sentence for 0.73. A date cue ("in 1994") dates the whole sentence,
so "historical" is still read anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

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


SENTENCE_WIDE = {"historical"}
CLAUSE_BREAK = re.compile(
    r"[,;:()\u2013\u2014]|\b(?:which|who|whom|whose|while|whereas|although|though|because|but|and)\b",
    re.IGNORECASE,
)
# The predicate usually follows the last participant ("Ankara has never admitted"), and an
# apposition may open with a comma straight after it: the window reaches past a few words first.
WORDS_PAST_LAST = 3
_WORD = re.compile(r"\S+")


def relation_window(sentence: str, participants: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """Character offsets of the stretch of ``sentence`` that holds the relation whose
    participants (and trigger) are at ``participants``; the whole sentence without any."""
    if not participants:
        return 0, len(sentence)
    first = min(start for start, _ in participants)
    last = max(end for _, end in participants)
    breaks_before = [m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, first)]
    start = breaks_before[-1] if breaks_before else 0
    words = list(islice(_WORD.finditer(sentence, last), WORDS_PAST_LAST))
    past = words[-1].end() if words else last
    end = m.start() if (m := CLAUSE_BREAK.search(sentence, past)) else len(sentence)
    return start, end


def aux_modes(sentence: str, participants: Sequence[tuple[int, int]] = ()) -> list[str]:
    """The auxiliary modes whose cues occur in the relation's window (``relation_window``; the
    whole sentence without participants), in PLOVER's order."""
    start, end = relation_window(sentence, participants)
    window = sentence[start:end]
    return [
        name for name, cue in RULES if cue.search(sentence if name in SENTENCE_WIDE else window)
    ]
