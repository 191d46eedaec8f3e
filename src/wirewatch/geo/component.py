"""Stage ``ww_places``: place mentions (first pass: spaCy's GPE/LOC/FAC entities)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.nlp import Stage
from wirewatch.schema import Place

PLACE_LABELS = {"GPE", "LOC", "FAC"}


class Geoparser(Stage):
    name = "ww_places"
    writes = {"places": Place}

    def annotate(self, doc: Doc) -> None:
        doc._.places = [
            Place(text=ent.text, start=ent.start_char, end=ent.end_char)
            for ent in doc.ents
            if ent.label_ in PLACE_LABELS
        ]


@Language.factory("ww_places", requires=["doc.ents"], assigns=["doc._.places"])
def make_geoparser(nlp: Language, name: str) -> Geoparser:
    return Geoparser()
