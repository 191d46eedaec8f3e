"""Whom a candidate is aimed at when its own words name no one: the act it refuses or
threatens, the contact it serves, the condition it sets.

These passes run once every candidate of a sentence has its arguments: "refused to accept a
request from Russia" takes Russia from the refused act, "called Lavrov to discuss …" takes
Lavrov from the call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from wirewatch.events.arguments import is_among, others, party_of_thing
from wirewatch.events.lexicon import (
    CONTACT_VERBS,
    ENGAGEMENT_NOUNS,
    MEETING_NOUNS,
    PACT_NOUNS,
    PARTNER_PREPS,
    THEME,
    VERBS,
)
from wirewatch.events.syntax import MentionIndex, passive_subject, prep_object, subject
from wirewatch.schema import ActorRef

if TYPE_CHECKING:
    from wirewatch.events.candidates import Candidate


def to_infinitive(verb: Token, deps: frozenset[str]) -> Token | None:
    """The verb's to-infinitive child under one of ``deps`` ("refused to meet", "called
    Lavrov to discuss")."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in deps and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def act_partners(act: Token, by_head: dict[int, Candidate], index: MentionIndex) -> list[ActorRef]:
    """Whom an act named by a verb is aimed at: its own candidate's recipient, else its object
    (or the object's party: "accept a request from Russia"), else its with/to phrase ("work
    with China", "respond to a request from 20 MPs")."""
    complement = by_head.get(act.i)
    if complement is not None and complement.recipients:
        return complement.recipients
    obj = next((c for c in act.children if c.dep_ == "dobj"), None)
    entry = VERBS.get(act.lemma_.lower())
    if entry is not None and entry.object_is == THEME:
        obj = None  # what is sent is no partner: "threatened to send Turkish forces"
    if obj is not None and (found := index.resolve_all(obj) or party_of_thing(obj, index)):
        return found
    if obj is not None and (found := engagement_partners(obj, index)):
        return found  # "break off relations with Congo"
    for prep in act.children:
        if prep.dep_ == "prep" and prep.lower_ in PARTNER_PREPS:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and (
                    found := index.resolve_all(pobj) or party_of_thing(pobj, index)
                ):
                    return found
    return []


def refused_acts(found: list[Candidate], index: MentionIndex) -> None:
    """A refusal is aimed where the refused act is: "refused to accept a request from Russia"
    rejects Russia's request, "refused to send troops to Iraq" refuses Iraq. The act keeps its
    own (negated) record. Not an agreement: what is agreed to is done to its object ("promised
    to remove the militants"), not agreed with it (judged blind: RESULTS.md, P36)."""
    by_head = {c.head.i: c for c in found}
    for refusal in found:
        if refusal.nominal or refusal.proposal.event != "REJECT" or refusal.recipients:
            continue
        act = to_infinitive(refusal.head, frozenset({"xcomp"}))
        if act is not None:
            refusal.recipients = others(act_partners(act, by_head, index), refusal.actors)
            continue
        # "refused direct talks with the Afghan government": the engagement's other party
        engagement = next((c for c in refusal.head.children if c.dep_ == "dobj"), None)
        if engagement is not None:
            refusal.recipients = others(engagement_partners(engagement, index), refusal.actors)


def engagement_partners(obj: Token, index: MentionIndex) -> list[ActorRef]:
    """The other side of talks, relations, cooperation or a pact, by its with-phrase."""
    if obj.pos_ == "PRON" or not is_among(obj, ENGAGEMENT_NOUNS | PACT_NOUNS | MEETING_NOUNS):
        return []
    partner = prep_object(obj, "with")
    return index.resolve_all(partner) if partner is not None else []


def threat_targets(found: list[Candidate], index: MentionIndex) -> None:
    """A threat is aimed where the threatened act is ("threatened to break off relations with
    Congo"), or at whoever its condition names ("threatened to stop the talks if the United
    States goes ahead")."""
    by_head = {c.head.i: c for c in found}
    for threat in found:
        if threat.nominal or threat.proposal.event != "THREATEN" or threat.recipients:
            continue
        act = to_infinitive(threat.head, frozenset({"xcomp"}))
        aimed_at = act_partners(act, by_head, index) if act is not None else []
        for clause in (act, threat.head):
            if aimed_at:
                break
            who = condition_subject(clause) if clause is not None else None
            aimed_at = index.resolve_all(who) if who is not None else []
        if not aimed_at and (who := that_subject(threat.head)) is not None:
            # "threatened that Mr Assad would pay": not the threatener's own side
            own = {a.code for a in threat.actors if a.code}
            aimed_at = [r for r in index.resolve_all(who) if r.code and r.code not in own]
        threat.recipients = others(aimed_at, threat.actors)


def that_subject(verb: Token) -> Token | None:
    """The subject of the verb's that-clause ("threatened that Mr Assad would pay", "that
    Japan would be sunk")."""
    for clause in verb.children:
        if clause.dep_ == "ccomp" and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in clause.children
        ):
            return subject(clause) or passive_subject(clause)
    return None


def condition_subject(clause: Token) -> Token | None:
    """The subject of the clause's if/unless condition ("… if the United States goes ahead")."""
    for condition in clause.children:
        if condition.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in condition.children
        ):
            return subject(condition)
    return None


def purpose_partners(found: list[Candidate], index: MentionIndex) -> None:
    """What a contact was for is done with the one contacted: "Tillerson called Lavrov to
    discuss …" discusses with Lavrov, "called Erdogan to convey Pakistan's support" supports
    Erdogan."""
    for candidate in found:
        clause = candidate.light_verb if candidate.nominal else candidate.head
        if candidate.recipients or clause is None or clause.dep_ not in {"xcomp", "advcl"}:
            continue
        contact = clause.head
        if contact.pos_ != "VERB" or contact.lemma_.lower() not in CONTACT_VERBS:
            continue
        purpose = to_infinitive(contact, frozenset({clause.dep_}))
        if purpose is None or purpose.i != clause.i:
            continue
        # "called Erdogan on Friday to …": the parser may take the callee for a complement
        obj = next((c for c in contact.children if c.dep_ in {"dobj", "oprd"}), None)
        if obj is not None:
            candidate.recipients = others(index.resolve_all(obj), candidate.actors)


# Verbs of defeating: "fighting to overthrow Assad" fights Assad; "fighting to survive" no one.
DEFEATING_VERBS = frozenset(
    {
        "defeat",
        "overthrow",
        "oust",
        "topple",
        "expel",
        "retake",
        "recapture",
        "capture",
        "remove",
        "destroy",
        "drive",
        "dislodge",
        "crush",
        "liberate",
        "take",
        "seize",
        "eliminate",
        "rout",
        "evict",
        "clear",
    }
)


def aim_partners(found: list[Candidate], index: MentionIndex) -> None:
    """An attack named with its aim is aimed at whom the aim defeats: "rebels fighting to
    overthrow Assad", "the campaign to oust Isis from Raqqa"."""
    by_head = {c.head.i: c for c in found}
    for candidate in found:
        if candidate.recipients or candidate.proposal.event != "ASSAULT":
            continue
        aim = to_infinitive(candidate.head, frozenset({"acl", "xcomp", "advcl"}))
        if aim is not None and aim.lemma_.lower() in DEFEATING_VERBS:
            candidate.recipients = others(act_partners(aim, by_head, index), candidate.actors)
