"""Stage ``ww_actors``: every actor mention in the document (first pass: spaCy's entities)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.nlp import Stage
from wirewatch.schema import ActorRef

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


class ActorFinder(Stage):
    name = "ww_actors"
    writes = {"actors": ActorRef}

    def __init__(self, extra_files: list[str] | None = None) -> None:
        super().__init__()
        self.extra_files = extra_files or []

    def annotate(self, doc: Doc) -> None:
        doc._.actors = [
            ActorRef(text=ent.text, start=ent.start_char, end=ent.end_char, name=ent.text)
            for ent in doc.ents
            if ent.label_ in ACTOR_LABELS
        ]


@Language.factory(
    "ww_actors",
    default_config={"extra_files": []},
    requires=["doc.ents"],
    assigns=["doc._.actors"],
)
def make_actor_finder(nlp: Language, name: str, extra_files: list[str]) -> ActorFinder:
    return ActorFinder(extra_files)
