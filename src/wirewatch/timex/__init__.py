"""Temporal expressions: found by a grammar over spaCy tokens, normalised to TIMEX3, anchored.

Stage ``ww_timex`` (``component.py``) writes ``doc._.timexes``; ``event_date`` picks the
expression that dates an event's clause. Nothing heavy is imported here.
"""

from __future__ import annotations

from wirewatch.timex.event_date import EventDate, date_event, event_date, iso_date

__all__ = ["EventDate", "date_event", "event_date", "iso_date"]
