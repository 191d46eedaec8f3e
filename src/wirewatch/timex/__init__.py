"""Temporal expressions: found by a grammar over spaCy tokens, normalised to TIMEX3, anchored.

Stage ``ww_timex`` (``component.py``) writes ``doc._.timexes``; ``event_date`` picks the
expression that dates an event's clause, for the event coder and anyone else (the one mechanism
for dating records). Nothing heavy is imported here.
"""

from __future__ import annotations

from wirewatch.timex.event_date import DateIndex, EventDate, date_event, event_date, iso_date

__all__ = ["DateIndex", "EventDate", "date_event", "event_date", "iso_date"]
