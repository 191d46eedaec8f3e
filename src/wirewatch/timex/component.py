"""Stage ``ww_timex``: temporal expressions found by the time grammar, as TIMEX3 ``TimeRef``s.

Reads the parse (tokens, tags, dependencies, entity types) and the document date in
``doc._.document``; writes ``doc._.timexes``. Nothing is loaded: the grammar is word lists and
compiled patterns, built at import of ``wirewatch.timex.grammar``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.errors import ConfigError
from wirewatch.nlp import Stage
from wirewatch.schema import TimeRef
from wirewatch.timex.tagger import ANCHORS, find, timerefs


class TimexTagger(Stage):
    """``anchor``: ``auto`` (the document date where there is one, else dates in the text),
    ``news`` (always the document date) or ``narrative`` (month and day names take the year
    last mentioned in the text, as in history writing)."""

    name = "ww_timex"
    writes = {"timexes": TimeRef}

    def __init__(self, anchor: str = "auto") -> None:
        super().__init__()
        if anchor not in ANCHORS:
            raise ConfigError(
                f"ww_timex: anchor must be one of {', '.join(ANCHORS)}, not {anchor!r}"
            )
        self.anchor = anchor

    def annotate(self, doc: Doc) -> None:
        document = doc._.document
        dct = document.created if document is not None else None
        doc._.timexes = timerefs(doc, find(doc, dct, self.anchor))


@Language.factory(
    "ww_timex",
    default_config={"anchor": "auto"},
    # token.pos is read too, but the attribute ruler that sets it does not declare it, so
    # spaCy's pipe analysis would report a false gap.
    requires=["token.dep", "token.tag"],
    assigns=["doc._.timexes"],
)
def make_timex_tagger(nlp: Language, name: str, anchor: str) -> TimexTagger:
    return TimexTagger(anchor)
