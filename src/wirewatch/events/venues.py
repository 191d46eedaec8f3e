"""Where a meeting was held gives its CONSULT mode, where the trigger word alone gives none.

PLOVER's CONSULT modes say whose ground a meeting is on: ``visit`` (the actor visits, the
recipient hosts) and ``third-party`` (a meeting hosted by a third party). "Putin met Iran's
leaders in Tehran" is a visit; "talks in Astana between Turkey, Iran and Russia" are held on a
third party's ground. Only a place the record is located at by the trigger's own words counts
(its argument, a locative phrase on it, or its clause: ``places.locate``), and only where every
side is a state the codes name: an organisation or a group has no ground of its own.
"""

from __future__ import annotations

from wirewatch.events.places import Location
from wirewatch.geo.sources import alpha3_codes
from wirewatch.schema import ActorRef

OWN_WORDS = frozenset({"argument", "phrase", "clause"})


def venue_mode(
    location: Location | None, actors: list[ActorRef], recipients: list[ActorRef]
) -> str | None:
    """``visit`` for a meeting on the ground of a recipient and of no actor, ``third-party``
    for one on no side's ground, else None."""
    if location is None or location.basis not in OWN_WORDS or not location.place.country_code:
        return None
    countries = alpha3_codes()
    ground = countries.get(location.place.country_code)
    states = set(countries.values())
    sides = [{a.code for a in actors}, {r.code for r in recipients}]
    if ground is None or not all(side and side <= states for side in sides):
        return None
    actor_states, recipient_states = sides
    if ground in recipient_states and ground not in actor_states:
        return "visit"
    if ground not in actor_states | recipient_states:
        return "third-party"
    return None
