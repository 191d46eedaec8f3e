"""Words that make the name after them a person's: "President Bush", "King Hassan", "Lt. Brent
Wheat". The geoparser reads such a name as no place whatever town shares it; the actor resolver
reads it as a person whatever spaCy labels it ("President Buhari": GPE)."""

from __future__ import annotations

from spacy.tokens import Span

PERSON_TITLES = frozenset(
    {
        "president", "king", "queen", "prince", "princess", "sheikh", "emir", "sultan",
        "ayatollah", "minister", "chancellor", "premier", "senator", "sen.", "governor", "gov.",
        "mayor", "judge", "justice", "general", "gen.", "colonel", "col.", "lt.", "lieutenant",
        "captain", "capt.", "sergeant", "sgt.", "major", "commander", "admiral", "mr", "mr.",
        "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "lord", "lady", "dame", "pope",
        "bishop", "archbishop", "imam", "rabbi", "cardinal", "rep.", "representative",
        "secretary", "ambassador", "envoy", "spokesman", "spokeswoman", "chairman", "detective",
        "officer", "sheriff", "councilman", "councilwoman", "professor", "prof.",
    }
)  # fmt: skip


def after_person_title(span: Span) -> bool:
    """The name ``span`` follows a person's title directly and is a proper noun. A place whose
    own name opens with such a word ("General Santos", "King County") starts with it, and
    "Governor of Texas" has an "of" between."""
    before = span.start - 1
    return before >= 0 and span.doc[before].lower_ in PERSON_TITLES and span[0].tag_ == "NNP"
