"""Hyphenated spellings of event words, read as the one word they are.

Wire copy writes "cease-fire" and British papers "co-operation"; the tokenizer splits both at
the hyphen, and the parser then reads "co - operation" as three objects and "cease" as a
modifier of "fire", so the event lexicon, which lists "ceasefire" and "cooperation", never sees
them. This stage runs before the tagger and merges such a spelling into one token, whose lemma
``restore_lemmas`` later gives without the hyphen.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from wirewatch.nlp.lines import REAL_DOC

# First part, then the start of the second part (its inflections follow). Each joined word is
# a lexicon trigger (tests/test_coder.py checks it).
HYPHENATED_STEMS: dict[str, tuple[str, ...]] = {
    "cease": ("fire",),
    "co": ("operat",),
    "build": ("up",),
    "pull": ("out",),
    "walk": ("out",),
    "crack": ("down",),
    "air": ("strike",),
    "counter": ("attack",),  # "counter-offensive" is tagged an adjective: left split
}
ENDINGS = frozenset({"", "s", "e", "es", "ed", "ing", "ion", "ions"})


def is_hyphenated_word(first: str, second: str) -> bool:
    """Whether "first-second" spells one of the event words above, inflected or not."""
    return any(
        second.startswith(stem) and second[len(stem) :] in ENDINGS
        for stem in HYPHENATED_STEMS.get(first, ())
    )


def unhyphenated(lemma: str) -> str | None:
    """The lexicon's spelling of a merged word's lemma ("cease-fire" -> "ceasefire")."""
    first, dash, second = lemma.lower().partition("-")
    return first + second if dash and is_hyphenated_word(first, second) else None


@Language.component("ww_hyphen_words", assigns=["token.orth"])
def merge_hyphen_words(doc: Doc) -> Doc:
    """Runs after ``ww_plain_lines``: the doc of the real text it keeps is merged alike, so
    that ``ww_real_lines`` finds the same words in both."""
    ranges = hyphen_words(doc)
    for target in (doc, doc.user_data.get(REAL_DOC)):
        if target is not None and ranges:
            with target.retokenize() as retokenizer:
                for start, end in ranges:
                    span = target.char_span(start, end)
                    if span is not None:
                        retokenizer.merge(span)
    return doc


def hyphen_words(doc: Doc) -> list[tuple[int, int]]:
    """The character ranges of the hyphenated event words in a doc."""
    spans: list[Span] = []
    for token in doc[1:-1]:
        first, second = doc[token.i - 1], doc[token.i + 1]
        if (
            token.text == "-"
            and not first.whitespace_
            and not token.whitespace_
            and is_hyphenated_word(first.lower_, second.lower_)
            and not (spans and spans[-1].end > first.i)  # "build-up-like": one merge
        ):
            spans.append(doc[first.i : second.i + 1])
    return [(span.start_char, span.end_char) for span in spans]
