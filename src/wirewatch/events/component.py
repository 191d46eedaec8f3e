"""Stage ``ww_events``: PLOVER events and statements (the coder back-ends plug in here)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.nlp import Stage
from wirewatch.schema import Event, Statement


class EventCoder(Stage):
    name = "ww_events"
    writes = {"events": Event, "statements": Statement}

    def __init__(self, coder: str) -> None:
        super().__init__()
        self.coder = coder

    def annotate(self, doc: Doc) -> None:
        doc._.events = []
        doc._.statements = []


@Language.factory(
    "ww_events",
    default_config={"coder": "rules"},
    requires=["doc._.actors", "doc._.timexes", "doc._.places"],
    assigns=["doc._.events", "doc._.statements"],
)
def make_event_coder(nlp: Language, name: str, coder: str) -> EventCoder:
    return EventCoder(coder)
