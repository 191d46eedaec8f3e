"""The ``wirewatch timex`` output line of one coded document (the design's JSON contract)."""

from __future__ import annotations

from wirewatch.pipeline import Coded

FIELDS = ("text", "start", "end", "type", "value")


def timex_line(coded: Coded) -> dict:
    """``{"doc_id", "timexes": [{text, start, end, type, value}]}``; ``mod`` added where set."""
    timexes = []
    for ref in coded.timexes:
        item = {name: getattr(ref, name) for name in FIELDS}
        if ref.mod:
            item["mod"] = ref.mod
        timexes.append(item)
    return {"doc_id": coded.document.id, "timexes": timexes}
