"""The weapon an attack is told with gives its mode, where the trigger word alone gives none.

"airstrikes that have killed dozens", "hospitals targeted by Russian warplanes", "a suspected
chlorine attack", "killed in a drone strike": the lexicon knows "killed", "targeted" and
"attack" as ASSAULT but not how; the weapon is the trigger's subject, its agent, its
modifier or the object of its "with", "by", "in" or "from". The modes are the manual's ASSAULT
table (``ontology``). Only those places count: a weapon elsewhere in the sentence may belong to
another act ("fought Isis snipers" is no shooting by the attacker).

A mobilisation's mode is what is moved, the lexicon's ``troops`` only where nothing else is
named: "deployed tanks along the border" and "deployed sarin gas" are ``weapons``, "military
police had deployed" is ``police``.

A fired weapon is the one exception to the trigger word's own mode: "fired a guided missile"
is no rifle shot, so a firing verb's object names the weapon over the lexicon's ``firearms``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from wirewatch.events.lexicon import FIRING_VERBS
from wirewatch.events.syntax import (
    RELATIVE_PRONOUNS,
    acted_on,
    of_object,
    prep_objects,
    subject,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from wirewatch.events.candidates import Candidate

# A modifier that names the weapon whatever the noun ("chemical weapons", "a car bomb", "a
# barrel bomb" — dropped from helicopters —, "air strike", "drone attack", "sniper fire").
MODIFIER_MODES: dict[str, str] = {
    **dict.fromkeys(
        ("chemical", "chlorine", "sarin", "nerve", "toxic", "gas", "nuclear", "biological"),
        "unconventional",
    ),
    "suicide": "suicide-attack",
    **dict.fromkeys(("air", "aerial", "barrel"), "aerial"),
    "drone": "drone",
    **dict.fromkeys(("car", "roadside", "truck", "bomb", "explosive"), "explosives"),
    **dict.fromkeys(("artillery", "rocket", "mortar", "missile", "tank"), "heavy-weapons"),
    "sniper": "firearms",
    # "a bombing raid", "the bombing campaign": as the lexicon reads "bombing" as a trigger
    "bombing": "aerial",
}
# An attack verb's manner that names the mode ("sexually abused")
MANNER_MODES: dict[str, str] = {"sexually": "sexual"}
# A noun that is the weapon itself ("airstrikes", "shelling", "gunmen"). Not "bombing", which
# is aerial to the lexicon as a trigger and a planted bomb as often.
WEAPON_MODES: dict[str, str] = {
    **dict.fromkeys(
        ("airstrike", "warplane", "jet", "aircraft", "helicopter", "bomber", "airplane"),
        "aerial",
    ),
    **dict.fromkeys(("drone", "uav"), "drone"),
    **dict.fromkeys(
        ("shelling", "shell", "artillery", "rocket", "missile", "mortar", "tank", "howitzer"),
        "heavy-weapons",
    ),
    **dict.fromkeys(("gunfire", "gunman", "gun", "sniper", "bullet", "rifle"), "firearms"),
    **dict.fromkeys(("gunbattle", "gunfight", "firefight", "shootout"), "firearms"),
    **dict.fromkeys(("bomb", "explosive", "ied", "explosion", "blast", "landmine"), "explosives"),
    **dict.fromkeys(("chlorine", "sarin"), "unconventional"),
    **dict.fromkeys(("knife", "machete", "stabbing"), "primitive"),
}
INSTRUMENT_PREPS = frozenset({"with", "by", "in", "from"})
# Things deployed that are arms, though no attack's weapon: "military hardware", "quadcopters"
ARMS = frozenset({"weapon", "arms", "hardware", "quadcopter", "warship"})
POLICE = frozenset({"police", "policeman", "policemen"})


def modifier_mode(noun: Token) -> str | None:
    """The mode a noun's modifier names ("chemical weapons", "a chlorine attack"), or a verb's
    manner ("sexually abused")."""
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.lemma_.lower() in MODIFIER_MODES:
            return MODIFIER_MODES[child.lemma_.lower()]
        if child.dep_ == "advmod" and child.lower_ in MANNER_MODES:
            return MANNER_MODES[child.lower_]
    return None


def weapon_mode(noun: Token) -> str | None:
    """The mode a noun names as a weapon, by its modifiers first."""
    return modifier_mode(noun) or WEAPON_MODES.get(noun.lemma_.lower())


def weapon_places(head: Token) -> list[Token]:
    """The words that can name an attack's weapon: the trigger itself (for its modifiers), its
    subject or agent (through a relative pronoun to the noun it hangs on; a verb joined to
    another with no subject of its own, "killed or wounded", shares the other's), and the
    objects of its instrument prepositions."""
    places = [head]
    if head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and subject(head) is None:
        shared = subject(head.head)
        if shared is not None:
            places.append(shared)
    for child in head.children:
        if child.dep_ == "nsubj":
            relative = child.lower_ in RELATIVE_PRONOUNS and head.dep_ == "relcl"
            places.append(head.head if relative else child)
        elif child.dep_ == "agent":
            places += [c for c in child.children if c.dep_ == "pobj"]
    return places + prep_objects(head, INSTRUMENT_PREPS)


def fired_weapon(head: Token) -> Token | None:
    """What a firing verb fires: its object, or its passive subject ("missiles were fired")."""
    if head.lemma_.lower() not in FIRING_VERBS:
        return None
    return acted_on(head)


def weapon_named(candidate: Candidate) -> None:
    """An attack with no mode of its own takes the mode of the weapon it is told with; a
    firing verb takes the mode of the weapon it fires."""
    proposal = candidate.proposal
    if proposal.event != "ASSAULT":
        return
    fired = fired_weapon(candidate.head)
    mode = weapon_mode(fired) if fired is not None else None
    if mode is not None:
        candidate.proposal = replace(proposal, mode=mode)
        return
    if proposal.mode is not None:
        return
    for place in weapon_places(candidate.head):
        # the trigger word is no weapon ("attack"), only its modifier can name one
        mode = modifier_mode(place) if place.i == candidate.head.i else weapon_mode(place)
        if mode is not None:
            candidate.proposal = replace(proposal, mode=mode)
            return


def moved(head: Token) -> Token | None:
    """What a mobilisation moves: a verb's object or passive subject, else (intransitive:
    "police had deployed") its subject; a noun's "of" object ("deployment of hardware")."""
    if head.pos_ == "NOUN":
        return of_object(head)
    return acted_on(head) or next((c for c in head.children if c.dep_ == "nsubj"), None)


def mobilised_kind(candidate: Candidate) -> None:
    """A mobilisation of weapons or police takes that mode over the lexicon's ``troops``."""
    proposal = candidate.proposal
    if proposal.event != "MOBILIZE":
        return
    thing = moved(candidate.head)
    if thing is None:
        return
    lemma = thing.lemma_.lower()
    if weapon_mode(thing) is not None or lemma in ARMS:
        candidate.proposal = replace(proposal, mode="weapons")
    elif lemma in POLICE:
        candidate.proposal = replace(proposal, mode="police")
