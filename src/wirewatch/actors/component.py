"""Stage ``ww_actors``: every actor mention, resolved against the actor dictionary."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.actors.dictionary import ActorDictionary
from wirewatch.actors.matcher import AliasMatcher
from wirewatch.actors.resolver import ActorResolver
from wirewatch.nlp import Stage
from wirewatch.schema import ActorRef


class ActorFinder(Stage):
    name = "ww_actors"
    writes = {"actors": ActorRef}

    def __init__(self, nlp: Language, extra_files: list[str] | None = None) -> None:
        super().__init__()
        self.extra_files = extra_files or []
        # Loaded and compiled once here, never per document.
        self.dictionary = ActorDictionary.load(self.extra_files)
        self.resolver = ActorResolver(self.dictionary, AliasMatcher(nlp, self.dictionary))

    def annotate(self, doc: Doc) -> None:
        document = doc._.document
        day = document.created if document is not None else None
        doc._.actors = self.resolver(doc, day)


@Language.factory(
    "ww_actors",
    default_config={"extra_files": []},
    requires=["doc.ents"],
    assigns=["doc._.actors"],
)
def make_actor_finder(nlp: Language, name: str, extra_files: list[str]) -> ActorFinder:
    return ActorFinder(nlp, extra_files)
