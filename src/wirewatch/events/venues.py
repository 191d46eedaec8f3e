"""Where a meeting was held, or over what line, gives its CONSULT mode, where the trigger word
alone gives none.

"talked to the Turkish president by phone", "spoke in a phone call": a meeting held over a
line is ``phone`` (the manual: by phone or another remote medium), whatever it is placed at.

PLOVER's CONSULT modes say whose ground a meeting is on: ``visit`` (the actor visits, the
recipient hosts) and ``third-party`` (a meeting hosted by a third party). "Putin met Iran's
leaders in Tehran" is a visit; "talks in Astana between Turkey, Iran and Russia" are held on a
third party's ground. Only a place the record is located at by the trigger's own words counts
(its argument, a locative phrase on it, or its clause: ``places.locate``), and only where every
side is a state the codes name: an organisation or a group has no ground of its own.

Talks with one side named ("a Syrian government delegation will arrive in Geneva for the
talks", "UN-hosted talks in Geneva") are on a third party's ground where the place is not the
actor's: the unnamed sides are the talks' others, and an international organisation, which
has no ground, is itself a third party to them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirewatch.events.places import Location
from wirewatch.events.syntax import prep_objects
from wirewatch.geo.sources import alpha3_codes
from wirewatch.schema import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

OWN_WORDS = frozenset({"argument", "phrase", "clause"})
# "by phone", "over the telephone", "via video link", "in a phone call"
LINES = frozenset({"phone", "telephone", "videolink", "videoconference", "video"})
LINE_PREPS = frozenset({"by", "over", "via", "in", "on"})
CALLS = frozenset({"call", "conversation", "conference", "link"})
# Nouns of talks between sides, any of whom may go unnamed.
TALKS = frozenset({"talk", "talks", "negotiation", "dialogue", "congress", "summit"})
# An organisation of states: no ground of its own, a third party to the sides it hosts.
ORGANISATIONS = frozenset({"IGO"})


def over_a_line(head: Token) -> bool:
    """Whether the trigger's own phrase says the meeting was held by phone or video."""
    return any(
        line.lemma_.lower() in LINES
        or (
            line.lemma_.lower() in CALLS
            and any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in LINES for c in line.children
            )
        )
        for line in prep_objects(head, LINE_PREPS)
    )


def venue_mode(
    location: Location | None, actors: list[ActorRef], recipients: list[ActorRef], head: Token
) -> str | None:
    """``visit`` for a meeting on the ground of a recipient and of no actor, ``third-party``
    for one on no side's ground, else None."""
    if location is None or location.basis not in OWN_WORDS or not location.place.country_code:
        return None
    countries = alpha3_codes()
    ground = countries.get(location.place.country_code)
    states = set(countries.values())
    sides = [{a.code for a in actors}, {r.code for r in recipients}]
    if ground is None:
        return None
    actor_codes = sides[0]
    if not recipients and head.lemma_.lower() in TALKS:
        one_side = actor_codes and actor_codes <= states | ORGANISATIONS
        return "third-party" if one_side and ground not in actor_codes else None
    if not all(side and side <= states for side in sides):
        return None
    actor_states, recipient_states = sides
    if ground in recipient_states and ground not in actor_states:
        return "visit"
    if ground not in actor_states | recipient_states:
        return "third-party"
    return None
