"""Capabilities for the DEU III actors: Council votes under qualified majority, and a choice for
the Commission and the Parliament.

Member states: votes per state in the Council under the Treaty of Nice (weights in force from
November 2004; Bulgaria and Romania from 2007, Croatia from 2013), the weighting of the era of the
DEU II/III proposals. These are public facts of the treaties.

The Commission and the Parliament cast no Council votes, so their weight is a choice. The default
(``"largest"``) gives each the votes of the largest member state (29): both are agenda-setters or
co-legislators whose support a proposal needs, but neither outweighs a blocking minority of
states. Alternatives, compared in ``benchmarks/RESULTS.md``: ``"mean"`` (an average member state),
``"council"`` (each as heavy as the whole Council) and ``"zero"`` (states only).
"""

from __future__ import annotations

NICE_VOTES: dict[str, float] = {
    "de": 29, "fr": 29, "it": 29, "uk": 29,
    "es": 27, "pl": 27,
    "ro": 14,
    "nl": 13,
    "be": 12, "cz": 12, "el": 12, "hu": 12, "pt": 12,
    "at": 10, "bu": 10, "se": 10,
    "dk": 7, "ie": 7, "lt": 7, "sk": 7, "fi": 7, "cr": 7,
    "cy": 4, "ee": 4, "lv": 4, "lu": 4, "si": 4,
    "mt": 3,
}  # fmt: skip

INSTITUTION_CHOICES = ("largest", "mean", "council", "zero")


def council_votes(institutions: str = "largest") -> dict[str, float]:
    """Capabilities by actor suffix: Nice votes for states, the chosen weight for com and ep."""
    if institutions not in INSTITUTION_CHOICES:
        raise ValueError(f"institutions must be one of {', '.join(INSTITUTION_CHOICES)}")
    votes = dict(NICE_VOTES)
    states = list(NICE_VOTES.values())
    weight = {
        "largest": max(states),
        "mean": sum(states) / len(states),
        "council": float(sum(states)),
        "zero": 0.0,
    }[institutions]
    votes["com"] = weight
    votes["ep"] = weight
    return votes


def equal_capability() -> dict[str, float]:
    """Every actor equally capable: the 'salience alone' benchmark."""
    return {a: 1.0 for a in ("com", "ep", *NICE_VOTES)}
