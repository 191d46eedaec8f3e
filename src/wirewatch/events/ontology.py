"""The PLOVER ontology: the 16 event types, their modes, quad classes, scores and contexts.

Facts from the PLOVER manual (``../shared/reference/PLOVER_MANUAL.tex``: chapter "Event
Categories", the table "PLOVER conflict--cooperation scores", the general contexts table) and the
structured codebook CSV beside it. The event scale is the manual's score for the type, or for the
type and mode where the manual gives one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

VERBAL_COOPERATION, MATERIAL_COOPERATION, VERBAL_CONFLICT, MATERIAL_CONFLICT = 1, 2, 3, 4


@dataclass(frozen=True)
class EventType:
    name: str
    quad: int
    scale: float
    requires_recipient: bool
    modes: dict[str, float] = field(default_factory=dict)  # mode -> score

    def score(self, mode: str | None) -> float:
        return self.modes.get(mode, self.scale) if mode else self.scale


EVENT_TYPES: dict[str, EventType] = {
    t.name: t
    for t in (
        EventType("AGREE", VERBAL_COOPERATION, 2.5, False),
        EventType(
            "CONSULT",
            VERBAL_COOPERATION,
            2.5,
            False,
            {"visit": 4.0, "third-party": 1.0, "multilateral": 4.0, "phone": 1.5},
        ),
        EventType("SUPPORT", VERBAL_COOPERATION, 5.0, False),
        EventType("CONCEDE", VERBAL_COOPERATION, 4.5, False),
        EventType("COOPERATE", MATERIAL_COOPERATION, 9.5, True),
        EventType("AID", MATERIAL_COOPERATION, 10.0, True),
        EventType(
            "RETREAT",
            MATERIAL_COOPERATION,
            6.5,
            False,
            {
                "withdraw": 8.0,
                "release": 6.5,
                "return": 6.5,
                "disarm": 10.0,
                "ceasefire": 7.5,
                "access": 6.5,
                "resign": 4.5,
            },
        ),
        EventType(
            "REQUEST",
            VERBAL_CONFLICT,
            0.0,
            False,
            {"assist": 0.5, "change": -1.0, "yield": -1.0, "meet": 0.0},
        ),
        EventType(
            "ACCUSE",
            VERBAL_CONFLICT,
            -3.0,
            False,
            {"disapprove": -2.0, "investigate": -3.5, "allege": -3.5},
        ),
        EventType(
            "REJECT",
            VERBAL_CONFLICT,
            -2.0,
            False,
            {"assist": -1.5, "change": -2.0, "yield": -2.0, "meet": -2.0},
        ),
        EventType(
            "THREATEN",
            VERBAL_CONFLICT,
            -3.5,
            False,
            {
                "restrict": -3.0,
                "arrest": -3.5,
                "relations": -3.5,
                "expel": -3.5,
                "territory": -4.0,
                "violence": -3.5,
            },
        ),
        EventType(
            "PROTEST",
            MATERIAL_CONFLICT,
            -5.0,
            False,
            {
                "demo": -5.0,
                "riot": -7.0,
                "strike": -5.0,
                "hunger": -4.5,
                "boycott": -4.5,
                "obstruct": -4.5,
            },
        ),
        EventType(
            "SANCTION",
            MATERIAL_CONFLICT,
            -6.0,
            False,
            {"convict": -6.0, "expel": -5.5, "withdraw": -6.0, "discontinue": -6.0},
        ),
        EventType(
            "MOBILIZE",
            MATERIAL_CONFLICT,
            -5.5,
            False,
            {"troops": -6.5, "weapons": -6.5, "police": -5.5, "militia": -6.0},
        ),
        EventType(
            "COERCE",
            MATERIAL_CONFLICT,
            -7.0,
            False,
            {
                "seize": -7.0,
                "restrict": -7.0,
                "censor": -6.5,
                "curfew": -6.5,
                "martial-law": -7.5,
                "arrest": -7.0,
                "deport": -7.0,
                "withhold": -7.0,
                "misinformation": -6.5,
                "cyber": -7.0,
            },
        ),
        EventType(
            "ASSAULT",
            MATERIAL_CONFLICT,
            -9.0,
            False,
            {
                "abduct": -8.5,
                "beat": -7.5,
                "torture": -8.5,
                "sexual": -8.5,
                "targeted": -9.5,
                "destroy": -8.5,
                "primitive": -8.0,
                "firearms": -9.0,
                "explosives": -9.0,
                "suicide-attack": -9.5,
                "aerial": -9.5,
                "drone": -9.5,
                "heavy-weapons": -9.5,
                "crowd-control": -7.5,
                "unconventional": -10.0,
            },
        ),
    )
}


def possible_types(has_recipient: bool) -> frozenset[str]:
    """The types a candidate can become a record of: without a recipient, none that needs one
    (``records.build_event`` drops such a record)."""
    return frozenset(
        name for name, t in EVENT_TYPES.items() if has_recipient or not t.requires_recipient
    )


# The manual's general contexts (table "General contexts").
CONTEXTS = (
    "military",
    "intelligence",
    "executive",
    "legislative",
    "election",
    "political_institutions",
    "pro_democracy",
    "pro_autocracy",
    "economic",
    "legal",
    "human_rights",
    "rights_freedoms",
    "repression",
    "human_security",
    "lgbt",
    "religion_ethnicity",
    "inequality",
    "diplomatic",
    "territory",
    "health",
    "asylum",
    "migration",
    "disasters",
    "natural_resource",
    "environment",
    "technology",
    "terrorism",
    "cbrn",
    "cyber",
    "misinformation",
    "crime",
    "corruption",
    "illegal_drugs",
    "trafficking",
)


def event_type(name: str) -> EventType:
    try:
        return EVENT_TYPES[name]
    except KeyError:
        raise KeyError(f"{name!r} is not a PLOVER event type ({', '.join(EVENT_TYPES)})") from None


def valid_mode(name: str, mode: str | None) -> str | None:
    """``mode`` when the type has it, else None (a coder never invents modes)."""
    return mode if mode in EVENT_TYPES[name].modes else None


# "Cooperative actions of types CONSULT, SUPPORT, COOPERATE, and AID reported in future tense
# are also taken to imply intentions and should be coded as AGREE" (manual, AGREE).
INTENTION_TYPES = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}


# Yielding refused for the future is a rejection (CAMEO 12: refuse to ease, release, withdraw):
# "will not lift the ban", "will not end the strike".
YIELDING_TYPES = {"CONCEDE", "RETREAT"}


def intention_type(name: str, aux_modes: list[str], committed: bool) -> str:
    """AGREE for a committed future cooperative act ("Portugal will support …"); REJECT for a
    yielding act refused for the future ("will not lift the ban")."""
    if not committed or "future" not in aux_modes or "hypothetical" in aux_modes:
        return name
    if name in INTENTION_TYPES and "negation" not in aux_modes:
        return "AGREE"
    if name in YIELDING_TYPES and "negation" in aux_modes:
        return "REJECT"
    return name
