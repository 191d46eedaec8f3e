"""Turning decided candidates and statements into ``Event`` and ``Statement`` records: dates,
places, auxiliary modes, quad, scale, contexts and a confidence per record."""

from __future__ import annotations

from datetime import date as Date

from wirewatch.events.arguments import accidental
from wirewatch.events.candidates import Candidate
from wirewatch.events.coders import Decision
from wirewatch.events.lexicon import LIGHT_VERBS
from wirewatch.events.modality import aux_modes, read_modes
from wirewatch.events.ontology import (
    EVENT_TYPES,
    MATERIAL_CONFLICT,
    MATERIAL_COOPERATION,
    intention_type,
)
from wirewatch.events.places import PlaceIndex, locate
from wirewatch.events.statements import StatementParts
from wirewatch.events.venues import over_a_line, venue_mode
from wirewatch.schema import ActorRef, Event, Range, Span, Statement
from wirewatch.timex.event_date import DateIndex, EventDate

DIPLOMATIC_TYPES = {
    "CONSULT",
    "AGREE",
    "SUPPORT",
    "CONCEDE",
    "REQUEST",
    "REJECT",
    "ACCUSE",
    "THREATEN",
    "SANCTION",
    "COOPERATE",
}
VIOLENT = {"ASSAULT", "COERCE"}
HUMANITARIAN_WORDS = {"food", "medical", "humanitarian", "medicine", "shelter", "water"}


def contexts(
    event: str, actors: list[ActorRef], recipients: list[ActorRef], text: str, has_place: bool
) -> list[str]:
    words = set(text.lower().replace("-", " ").split())
    sides = actors + recipients
    sectors = {r.sector for r in sides}
    codes = {r.code for r in sides if r.code}
    found = []
    if event in DIPLOMATIC_TYPES and (sectors & {"GOV"} or "IGO" in codes) and len(codes) > 1:
        found.append("diplomatic")
    if (
        "MIL" in sectors
        or "military" in words
        or (event in {"ASSAULT", "MOBILIZE"} and "GOV" in sectors)
    ):
        found.append("military")
    if "IMG" in codes or words & {"terrorism", "terrorist", "terror", "terrorists"}:
        found.append("terrorism")
    if words & {"chemical", "nuclear", "sarin", "chlorine"}:
        found.append("cbrn")
    if event == "AID" and words & HUMANITARIAN_WORDS:
        found.append("human_security")
    if event == "ASSAULT" and has_place:
        found.append("territory")
    return found


def _confidence(
    base: float, actors: list[ActorRef], recipients: list[ActorRef], dating: EventDate
) -> float:
    score = base
    score *= 1.0 if any(a.code for a in actors) else 0.7
    score *= 1.0 if not recipients or any(r.code for r in recipients) else 0.9
    score *= 0.9 if dating.how in {"document", "none"} else 1.0
    return round(min(max(score, 0.05), 0.99), 3)


def _date_fields(dating: EventDate) -> dict:
    return {"date": dating.date, "date_text": dating.date_text, "date_span": dating.date_span}


def may_become_event(candidate: Candidate, dates: DateIndex) -> bool:
    """Whether some type could make this candidate a record: ``build_event``'s gates that do not
    depend on the type. The coder back-end is asked only about these (a model call per
    candidate is the learned back-end's whole cost)."""
    if candidate.actors:
        return True
    if candidate.recipients and not candidate.proposal.weak:
        return True  # unattributed violence, if the type is violent
    return candidate.nominal and dates.date(candidate.head).how == "clause"


def own_predicate(candidate: Candidate) -> bool:
    """Whether the future the act is reported in is its own: "negotiations" under "will depend
    on", a summit under "participation in", a regime "backed by Moscow" in a future clause are
    not anyone's commitment; "will hold talks", "will support" are."""
    head = candidate.head
    if candidate.nominal:
        return (
            candidate.light_verb is not None
            or head.dep_ != "pobj"
            or head.head.head.lemma_ in LIGHT_VERBS  # "provide ammunition alongside assistance"
        )
    return not (head.dep_ == "acl" and head.tag_ == "VBN")


def diplomatic_protest(decision: Decision, actors: list[ActorRef]) -> Decision:
    """A government "protests" by diplomatic complaint, not in the street (the manual: PROTEST
    presumes physical activity): ACCUSE ``disapprove``, whichever back-end chose the type. Its
    boycott or walkout is still a protest act."""
    if decision.event != "PROTEST" or decision.mode != "demo":
        return decision
    if not any(a.sector == "GOV" or a.code == "IGO" for a in actors):
        return decision
    return Decision("ACCUSE", "disapprove", decision.confidence)


def build_event(
    doc_id: str,
    number: int,
    candidate: Candidate,
    decision: Decision,
    dates: DateIndex,
    places: PlaceIndex,
    anchor: Date | None,
    coder: str,
) -> Event | None:
    head = candidate.head
    dating = dates.date(head)
    decision = diplomatic_protest(decision, candidate.actors)
    # Violence is news even when the text names no perpetrator ("20 civilians were killed in a
    # car bombing"): such an event is kept with an empty actor list when it names a victim.
    unattributed = (
        decision.event in VIOLENT
        and bool(candidate.recipients)
        and not candidate.proposal.weak
        and not accidental(head)
    )
    if not candidate.actors and not (
        (candidate.nominal and dating.how == "clause") or unattributed
    ):
        return None
    event_type = EVENT_TYPES[decision.event]
    if event_type.requires_recipient and not candidate.recipients:
        return None
    modes, undertaken = (
        ([], False) if candidate.adjectival else read_modes(head, candidate.nominal, dating, anchor)
    )
    # A named actor undertaking a future cooperative act is coding an intention (AGREE); an
    # event merely on the calendar ("the conference on January 22", "is scheduled to visit")
    # or expected of the actor by others ("is set to endorse") keeps its type.
    committed = (
        bool(candidate.actors)
        and dating.how != "clause"
        and own_predicate(candidate)
        and undertaken
    )
    name = intention_type(decision.event, modes, committed)
    if name != decision.event:
        decision = Decision(name, None, decision.confidence)
        event_type = EVENT_TYPES[name]
    # A nominal event with nobody named is kept only when it is on the calendar ("a scheduled
    # meeting on January 13"); otherwise it is a mere mention ("the talks").
    if not candidate.actors and "future" not in modes and not unattributed:
        return None
    located = locate(
        head,
        candidate.place,
        places,
        candidate.actors + candidate.recipients,
        material=event_type.quad in {MATERIAL_COOPERATION, MATERIAL_CONFLICT},
    )
    if decision.event == "CONSULT" and decision.mode is None:
        venue = (
            "phone"
            if over_a_line(head)
            else venue_mode(located, candidate.actors, candidate.recipients, head)
        )
        decision = Decision(decision.event, venue, decision.confidence)
    sentence = head.sent
    trigger = candidate.trigger
    return Event(
        id=f"{doc_id}:{number}",
        doc_id=doc_id,
        event=decision.event,
        mode=decision.mode,
        aux_modes=modes,
        quad=event_type.quad,
        scale=event_type.score(decision.mode),
        contexts=contexts(
            decision.event,
            candidate.actors,
            candidate.recipients,
            sentence.text,
            candidate.place is not None,
        ),
        actor=candidate.actors,
        recipient=candidate.recipients,
        location=located.place if located else None,
        location_basis=located.basis if located else None,
        trigger=Span(text=trigger.text, start=trigger.start_char, end=trigger.end_char),
        sentence=Range(start=sentence.start_char, end=sentence.end_char),
        confidence=_confidence(decision.confidence, candidate.actors, candidate.recipients, dating),
        coder=coder,
        **_date_fields(dating),
    )


def build_statement(
    doc_id: str, number: int, parts: StatementParts, dates: DateIndex, anchor: Date | None
) -> Statement:
    head = parts.head
    dating = dates.date(head)
    modes = aux_modes(head, parts.nominal, dating, anchor)
    content = parts.content
    sentence = head.sent
    return Statement(
        id=f"{doc_id}:s{number}",
        doc_id=doc_id,
        speaker=parts.speakers,
        verb=Span(text=parts.verb.text, start=parts.verb.start_char, end=parts.verb.end_char),
        content=Span(text=content.text, start=content.start_char, end=content.end_char)
        if content is not None and len(content)
        else None,
        about=parts.about,
        topics=parts.topics,
        aux_modes=modes,
        sentence=Range(start=sentence.start_char, end=sentence.end_char),
        confidence=_confidence(0.7, parts.speakers, [], dating),
        **_date_fields(dating),
    )
