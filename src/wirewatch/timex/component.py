"""Stage ``ww_timex``: temporal expressions (first pass: spaCy's DATE/TIME entities)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.nlp import Stage
from wirewatch.schema import TimeRef


class TimexTagger(Stage):
    name = "ww_timex"
    writes = {"timexes": TimeRef}

    def annotate(self, doc: Doc) -> None:
        doc._.timexes = [
            TimeRef(text=ent.text, start=ent.start_char, end=ent.end_char, type=ent.label_)
            for ent in doc.ents
            if ent.label_ in {"DATE", "TIME"}
        ]


@Language.factory("ww_timex", requires=["doc.ents"], assigns=["doc._.timexes"])
def make_timex_tagger(nlp: Language, name: str) -> TimexTagger:
    return TimexTagger()
