"""PLOVER event types, their quad classes, and the marked-input format the classifier reads.

Pure Python on purpose: the training script (run in its own torch venv) imports this module so that
training and inference build exactly the same input strings.
"""

from __future__ import annotations

import re

# The 16 current PLOVER types, in the manual's order (cooperation first, then conflict).
TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

# Quad class per type: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
# 4 material conflict. The manual's summary table lists SANCTION as verbal conflict, but its own
# chapter headings and the PLV gold (39 of 39 pairs) put it in material conflict; we follow those.
QUAD: dict[str, int] = {
    "AGREE": 1,
    "CONSULT": 1,
    "SUPPORT": 1,
    "CONCEDE": 1,
    "COOPERATE": 2,
    "AID": 2,
    "RETREAT": 2,
    "REQUEST": 3,
    "ACCUSE": 3,
    "REJECT": 3,
    "THREATEN": 3,
    "PROTEST": 4,
    "SANCTION": 4,
    "MOBILIZE": 4,
    "COERCE": 4,
    "ASSAULT": 4,
}

# The pre-2021 name used by the PLV data: YIELD covered what is now CONCEDE (verbal) and RETREAT
# (material). PLV codes every YIELD pair as quad 2.
LEGACY_YIELD = "YIELD"
LEGACY_YIELD_QUAD = 2

# Material de-escalation words (CAMEO 084-087: release, return, withdraw, ease sanctions,
# de-escalate) make a PLV YIELD a RETREAT; the rest (accept demands, grant, pardon, …) stays
# CONCEDE.
_RETREAT_CUES = re.compile(
    r"\b(withdr[ae]w\w*|pull(?:ed|ing|s)? (?:out|back)|retreat\w*|releas\w*|free[ds]?\b|freeing|"
    r"let free|ceasefire|cease-fire|cessation|ceas(?:e|ed|es|ing)|truce|return(?:ed|s|ing)?|"
    r"surrender\w*|evacuat\w*|demobili[sz]\w*|disarm\w*|resign\w*|step(?:s|ped)? down|"
    r"lift(?:s|ed|ing)?|eas(?:e|ed|es|ing)|hand(?:ed|s)? over|leav(?:e|es|ing)|left)\b",
    re.IGNORECASE,
)


def split_yield(sentence: str) -> str:
    """Map a PLV YIELD pair to CONCEDE or RETREAT from the sentence's wording."""
    return "RETREAT" if _RETREAT_CUES.search(sentence) else "CONCEDE"


def to_legacy(event: str) -> str:
    """Translate a current type into PLV's label set (CONCEDE and RETREAT become YIELD)."""
    return LEGACY_YIELD if event in ("CONCEDE", "RETREAT") else event


ACTOR_OPEN, ACTOR_CLOSE = "[A]", "[/A]"
RECIPIENT_OPEN, RECIPIENT_CLOSE = "[R]", "[/R]"
TRIGGER_OPEN, TRIGGER_CLOSE = "[T]", "[/T]"


def _find(text: str, needle: str | None, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """First occurrence of ``needle`` (case-insensitive) that does not overlap a taken span."""
    if not needle:
        return None
    low, key = text.lower(), needle.strip().lower()
    if not key:
        return None
    start = low.find(key)
    while start != -1:
        end = start + len(key)
        # Whole words only: the actor "US" is not the "us" in "its use".
        whole = (start == 0 or not low[start - 1].isalnum()) and (
            end == len(low) or not low[end].isalnum()
        )
        if whole and all(end <= s or start >= e for s, e in taken):
            return start, end
        start = low.find(key, start + 1)
    return None


def mark(
    text: str,
    actor: str | None,
    recipient: str | None,
    trigger: tuple[int, int] | None = None,
) -> tuple[str, str | None]:
    """Return (marked sentence, second segment or None) for the classifier.

    Actor and recipient are wrapped in ``[A] … [/A]`` and ``[R] … [/R]`` where they occur in the
    sentence. A participant that cannot be found (paraphrased, or from another sentence) is given
    in a second segment instead, so the model still sees who is involved. ``trigger`` (character
    offsets into ``text``) wraps the event's trigger words in ``[T] … [/T]``, so that two events
    sharing a sentence, actor and recipient can still be told apart; it is left unmarked where it
    overlaps a participant.
    """
    spans: list[tuple[int, int, str, str]] = []
    missing: list[str] = []
    taken: list[tuple[int, int]] = []
    for who, opener, closer in (
        (actor, ACTOR_OPEN, ACTOR_CLOSE),
        (recipient, RECIPIENT_OPEN, RECIPIENT_CLOSE),
    ):
        if not who or not who.strip():
            continue
        found = _find(text, who, taken)
        if found is None:
            missing.append(f"{opener} {who.strip()} {closer}")
            continue
        taken.append(found)
        spans.append((found[0], found[1], opener, closer))
    if (
        trigger is not None
        and trigger[0] < trigger[1] <= len(text)
        and all(trigger[1] <= s or trigger[0] >= e for s, e in taken)
    ):
        spans.append((trigger[0], trigger[1], TRIGGER_OPEN, TRIGGER_CLOSE))
    out, last = [], 0
    for start, end, opener, closer in sorted(spans):
        out += [text[last:start], f"{opener} ", text[start:end], f" {closer}"]
        last = end
    out.append(text[last:])
    return "".join(out), (" ".join(missing) if missing else None)
