"""PLOVER event types, their quad classes, and the marked-input format the classifier reads.

Pure Python on purpose: the training script (run in its own torch venv) imports this module so that
training and inference build exactly the same input strings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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
# The rule lexicon's proposed type, for a model trained to read it (``rule_hint`` in labels.json).
HINT_OPEN, HINT_CLOSE = "[P]", "[/P]"


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


def find_mention(text: str, needle: str | None) -> tuple[int, int] | None:
    """Character offsets of the first whole-word, case-insensitive occurrence of ``needle``."""
    return _find(text, needle, [])


Offsets = tuple[tuple[int, int], ...]

# How the trigger's clause (``wirewatch.events.clause``) enters the model input. "none": the
# sentence as it is; "mark": the clause wrapped in ``[C] … [/C]``; "crop": the clause alone. The
# model's labels.json names the style it was trained with, so inference builds the same input.
CLAUSE_STYLES = ("none", "mark", "crop")
CLAUSE_OPEN, CLAUSE_CLOSE = "[C]", "[/C]"


def _valid(spans: Offsets, text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The given participant offsets that lie in ``text`` and overlap nothing marked yet."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if 0 <= start < end <= len(text) and all(end <= s or start >= e for s, e in taken + out):
            out.append((start, end))
    return out


def mark(
    text: str,
    actor: str | None,
    recipient: str | None,
    trigger: tuple[int, int] | None = None,
    *,
    actor_spans: Offsets | None = None,
    recipient_spans: Offsets | None = None,
    clause: tuple[int, int] | None = None,
    clause_style: str = "none",
    hint: str | None = None,
) -> tuple[str, str | None]:
    """Return (marked sentence, second segment or None) for the classifier.

    Actor and recipient are wrapped in ``[A] … [/A]`` and ``[R] … [/R]`` where they occur in the
    sentence. With ``actor_spans`` / ``recipient_spans`` (character offsets into ``text``: the
    mentions the candidate actually has) exactly those mentions are marked; without them, the
    first whole-word occurrence of the text is. A participant that cannot be marked (paraphrased,
    from another sentence, or outside a cropped clause) is given in a second segment instead, so
    the model still sees who is involved. ``trigger`` (character offsets into ``text``) wraps the
    event's trigger words in ``[T] … [/T]``, so that two events sharing a sentence, actor and
    recipient can still be told apart; it is left unmarked where it overlaps a participant.
    ``clause`` (offsets into ``text``) is the trigger's clause, used as ``clause_style`` says.
    ``hint`` (a type the rule lexicon proposed) opens the second segment as ``[P] type [/P]``, in
    lower case so the model reads it as the word it is.
    """
    if clause_style not in CLAUSE_STYLES:
        raise ValueError(f"unknown clause style {clause_style!r}; one of {CLAUSE_STYLES}")
    window = (0, len(text))
    if clause is not None and clause_style == "crop" and 0 <= clause[0] < clause[1] <= len(text):
        window = clause
    spans: list[tuple[int, int, str, str]] = []
    missing: list[str] = []
    taken: list[tuple[int, int]] = []

    def inside(span: tuple[int, int]) -> bool:
        return window[0] <= span[0] and span[1] <= window[1]

    for who, given, opener, closer in (
        (actor, actor_spans, ACTOR_OPEN, ACTOR_CLOSE),
        (recipient, recipient_spans, RECIPIENT_OPEN, RECIPIENT_CLOSE),
    ):
        if given is not None:
            found = _valid(given, text, taken)
            if not found and who and who.strip():
                missing.append(f"{opener} {who.strip()} {closer}")
            for span in found:
                taken.append(span)
                if inside(span):
                    spans.append((span[0], span[1], opener, closer))
                else:
                    missing.append(f"{opener} {text[span[0] : span[1]].strip()} {closer}")
            continue
        if not who or not who.strip():
            continue
        hit = _find(text, who, taken)
        if hit is None or not inside(hit):
            missing.append(f"{opener} {who.strip()} {closer}")
            continue
        taken.append(hit)
        spans.append((hit[0], hit[1], opener, closer))
    if (
        trigger is not None
        and trigger[0] < trigger[1] <= len(text)
        and inside(trigger)
        and all(trigger[1] <= s or trigger[0] >= e for s, e in taken)
    ):
        spans.append((trigger[0], trigger[1], TRIGGER_OPEN, TRIGGER_CLOSE))
    # Insertions as (position, rank, string): at one position, inner closers come before the
    # clause's closer, which comes before the clause's opener and then inner openers.
    inserts: list[tuple[int, int, str]] = []
    for start, end, opener, closer in spans:
        inserts += [(start, 3, f"{opener} "), (end, 0, f" {closer}")]
    if clause is not None and clause_style == "mark" and 0 <= clause[0] < clause[1] <= len(text):
        inserts += [(clause[0], 2, f"{CLAUSE_OPEN} "), (clause[1], 1, f" {CLAUSE_CLOSE}")]
    out, last = [], window[0]
    for position, _, piece in sorted(inserts):
        out += [text[last:position], piece]
        last = position
    out.append(text[last : window[1]])
    marked = "".join(out)
    if window != (0, len(text)):
        marked = marked.strip()
    if hint:
        missing.insert(0, f"{HINT_OPEN} {hint.lower()} {HINT_CLOSE}")
    return marked, (" ".join(missing) if missing else None)


# A marked participant or trigger, its markers included.
_MARKED = re.compile(r"\[(A|R|T)\].*?\[/\1\]", re.DOTALL)


def focus_mask(
    text: str,
    offsets: Sequence[tuple[int, int]],
    sequence_ids: Sequence[int | None],
) -> list[int]:
    """1 for each token of a marked actor, recipient or trigger (markers included) and of the
    second segment (participants not found in the sentence), else 0; one per token of the
    encoding of (``text``, second segment), given as its offsets and sequence ids.

    A model that pools these tokens apart from the whole sentence reads the marked event even
    where it is not the sentence's dominant one (entity-marker pooling in relation extraction).
    """
    regions = [m.span() for m in _MARKED.finditer(text)]
    out = []
    for (start, end), sequence in zip(offsets, sequence_ids, strict=True):
        if sequence == 1:
            out.append(1)
        elif sequence == 0 and end > start:
            out.append(int(any(a <= start and end <= b for a, b in regions)))
        else:
            out.append(0)
    return out
