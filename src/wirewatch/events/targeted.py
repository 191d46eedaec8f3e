"""Killing one named person is a targeted attack, where the trigger word alone gives no mode.

The manual's ASSAULT ``targeted`` is the killing of a specific person (an assassination, an
execution); the lexicon gives it to "assassinate" and "execute" but not to "kill", which as
often names deaths in battle. "tried to kill him", "the killing of Jamal Khashoggi", "Saleh's
killing" aim at one person. Only a killing that is itself the aim counts — a to-infinitive
("tried to kill him") or a noun or gerund ("the killing of X", "Killing her had been a
priority") — and only a victim it is aimed at: the object, owner or "of" object. A participle
hung on another act ("the booby trap detonated, killing Oliver") dies by that act's means, and
a named person as a passive subject ("Holmes was killed when a suicide belt exploded") by any
(P528: three of seven such records judged by their weapon, two as no mode).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from wirewatch.events.syntax import of_object, relative_antecedent

if TYPE_CHECKING:
    from spacy.tokens import Token

    from wirewatch.events.candidates import Candidate

KILLING_WORDS = frozenset({"kill", "killing"})
# A gerund standing as an argument ("Killing her had been a priority"), not a participle
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "dobj", "pobj", "attr"})
ONE_PERSON_PRONOUNS = frozenset({"him", "her"})


def victim(head: Token) -> Token | None:
    """Whom a killing word is aimed at: its direct object (one it shares with the verb it is
    joined to: "kill or capture him"), its owner ("Saleh's killing"; "whose killing" -> the
    noun the clause hangs on) or its "of" object."""
    for verb in (head, *head.conjuncts):
        aimed = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if aimed is not None:
            return aimed
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ == "whose":
        return relative_antecedent(owner)
    return owner or of_object(head)


def aimed(head: Token) -> bool:
    """Whether the killing word is the aim itself: a to-infinitive, a noun, or a gerund that
    stands as an argument or has an owner."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return True
    if head.pos_ == "NOUN":
        return True
    gerund = head.tag_ == "VBG"
    return gerund and (head.dep_ in ARGUMENT_DEPS or any(c.dep_ == "poss" for c in head.children))


def one_person(token: Token) -> bool:
    """A single person by name ("Saleh", "Jamal Khashoggi") or by "him"/"her"."""
    if token.lower_ in ONE_PERSON_PRONOUNS:
        return True
    return token.ent_type_ == "PERSON" and token.tag_ in ("NNP", "NN")


def aimed_at_one_person(candidate: Candidate) -> None:
    """A killing with no mode of its own, aimed at one named person, is ``targeted``."""
    proposal = candidate.proposal
    head = candidate.head
    if proposal.event != "ASSAULT" or proposal.mode is not None:
        return
    if head.lemma_.lower() not in KILLING_WORDS or not aimed(head):
        return
    person = victim(head)
    if person is not None and one_person(person):
        candidate.proposal = replace(proposal, mode="targeted")
