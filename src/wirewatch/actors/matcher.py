"""Phrase matching of dictionary aliases, built once per pipeline.

Every alias is tokenised by the pipeline's own tokenizer so that patterns and documents split the
same way ("Assad’s forces" is three tokens in both). Matching is case-sensitive on ``ORTH``
(so the pronoun "us" is never the United States); lower-case aliases of generic agents also match
their capitalised form at the start of a sentence or in a headline, except those an entry lists as
``lower_case`` (a "king" is the monarch, "King" a surname or a street).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from wirewatch.actors.dictionary import ActorDictionary

NAME, ADJECTIVE, SHORT = "name", "adj", "short"


@dataclass(frozen=True)
class AliasMatch:
    start: int  # token indices, end exclusive
    end: int
    entry_id: str
    form: str  # NAME, ADJECTIVE or SHORT


# Last words of organisations' names that house styles write in lower case ("the Kurdistan
# Workers' party", "the Free Syrian army").
ORGANISATION_WORDS = frozenset(
    {
        "party", "army", "front", "forces", "force", "movement", "council", "union", "guards",
        "guard", "brigade", "brigades", "coalition", "alliance", "committee", "organisation",
        "organization", "corps", "militia", "league", "unit", "units",
    }
)  # fmt: skip


def _variants(alias: str) -> set[str]:
    forms = {alias}
    head, _, last = alias.rpartition(" ")
    if head and last.lower() in ORGANISATION_WORDS and last[:1].isupper():
        forms.add(f"{head} {last.lower()}")
    if "'" in alias:
        forms.add(alias.replace("'", "’"))
    if "’" in alias:
        forms.add(alias.replace("’", "'"))
    for form in list(forms):
        if form[:1].islower():
            forms.add(form[:1].upper() + form[1:])
            forms.add(" ".join(word[:1].upper() + word[1:] for word in form.split(" ")))
        if form.startswith("al-"):
            forms.add("Al-" + form[3:])
    return forms


class AliasMatcher:
    def __init__(self, nlp: Language, dictionary: ActorDictionary) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.keys: dict[int, tuple[str, str]] = {}
        for entry in dictionary:
            for form, aliases in (
                (NAME, entry.aliases),
                (ADJECTIVE, entry.adjectives),
                (SHORT, entry.short),
            ):
                texts = {v for alias in aliases for v in _variants(alias)}
                as_written = set(entry.lower_case) if form == NAME else set()
                texts = sorted(texts | as_written)
                if not texts:
                    continue
                key = f"{entry.id}|{form}"
                self.keys[nlp.vocab.strings.add(key)] = (entry.id, form)
                self.matcher.add(key, [nlp.make_doc(text) for text in texts])

    def __call__(self, doc: Doc) -> list[AliasMatch]:
        return [AliasMatch(start, end, *self.keys[key]) for key, start, end in self.matcher(doc)]
