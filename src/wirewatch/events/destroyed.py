"""Destroying a force is defeating it: no destruction of property.

The lexicon gives "destroy" the manual's ASSAULT mode ``destroy`` (ruin of property: "destroy
a residential building", "blew up the waterworks"). Said of a group or of people ("to destroy
Isis", "benefits in destroying the group") it names a defeat, with no means stated, so the
record keeps its type and loses the mode.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from wirewatch.events.syntax import acted_on

if TYPE_CHECKING:
    from spacy.tokens import Token

    from wirewatch.events.candidates import Candidate
    from wirewatch.schema import ActorRef

PEOPLE_ENTITIES = frozenset({"ORG", "NORP", "PERSON"})
# Codes of actors that are no state ("IMG": an armed movement such as Isis)
GROUP_CODES = frozenset({"IMG", "IGO", "NGO"})
PEOPLE_PRONOUNS = frozenset({"them", "they", "him", "her", "us", "we"})
PEOPLE_NOUNS = frozenset(
    {
        "group", "terrorist", "fighter", "militant", "enemy", "rebel", "force", "army",
        "militia", "jihadist", "organisation", "organization",
    }
)  # fmt: skip


def people(token: Token, recipients: list[ActorRef]) -> bool:
    """A group or people: by the parser's entity, a pronoun or noun of people, or a recipient
    the resolver names as a group (a sector, or a code that is no state: "Islamic State")."""
    if token.ent_type_ in PEOPLE_ENTITIES or token.lower_ in PEOPLE_PRONOUNS:
        return True
    if token.lemma_.lower() in PEOPLE_NOUNS:
        return True
    return any(
        r.start <= token.idx < r.end and (r.sector is not None or r.code in GROUP_CODES)
        for r in recipients
    )


def force_defeated(candidate: Candidate) -> None:
    """A destruction whose object is a group or people keeps its type and has no mode."""
    proposal = candidate.proposal
    if proposal.event != "ASSAULT" or proposal.mode != "destroy":
        return
    if candidate.head.lemma_.lower() != "destroy":
        return
    thing = acted_on(candidate.head)
    if thing is not None and people(thing, candidate.recipients):
        candidate.proposal = replace(proposal, mode=None)
