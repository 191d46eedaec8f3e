"""Line breaks read as spaces (and datelines' dashes as full stops) by the statistical layers,
and the parse carried back to the text.

The small English model was trained on text without line breaks: a paragraph break is a
whitespace token ("\\n\\n") it has hardly seen, and it spoils the parse of the words around it
("attempts by Assad to make gains against the insurgency have failed.\\n\\n" makes "gains" the
subject of "failed"). So the first component swaps a doc whose text has line breaks for one with
each break replaced by a space (same length: every offset holds); the tagger, parser,
lemmatiser and entity recogniser read that; the last base component builds the doc of the real
text again (its tokens kept from the first), with their annotations carried across token by
token. Every wirewatch stage, and every record, sees the document as given. Paragraph breaks
still end sentences (``paragraph_boundaries`` reads them from the real text). The same swap
reads the dash or colon after a wire dateline as a full stop (``datelines``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token

from wirewatch.nlp.datelines import dateline_separators

LINE_BREAKS = str.maketrans({"\n": " ", "\r": " "})
# doc.user_data key: the doc of the real text, kept while the parser reads the plain one
REAL_DOC = "ww_real_doc"


def real_text(doc: Doc) -> str:
    """The text as given, also while the parser reads it with spaces for line breaks."""
    real = doc.user_data.get(REAL_DOC)
    return real.text if real is not None else doc.text


def _shape(doc: Doc) -> list[tuple[int, int]]:
    return [(t.idx, len(t)) for t in doc if not t.is_space]


def _with_full_stops(text: str, separators: list[Token]) -> str:
    """The text with each dateline's dash or colon read as full stops, as long as it is."""
    chars = list(text)
    for token in separators:
        chars[token.idx : token.idx + len(token)] = "." * len(token)
    return "".join(chars)


class PlainLines:
    """First component: a doc with line breaks becomes the same text with spaces for them,
    and with a full stop for the dash or colon that ends a dateline (``datelines``)."""

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # built from the tokens at each access: read once
        plain = text.translate(LINE_BREAKS)
        shape = _shape(doc)
        if not shape:
            return doc  # nothing to parse
        # The dateline's end read as full stops first; where the tokenizer would then split the
        # text into other tokens, the line breaks alone
        for candidate in (_with_full_stops(plain, dateline_separators(doc)), plain):
            if candidate == text:
                return doc
            swapped = self.tokenizer(candidate)
            if _shape(swapped) == shape:
                swapped.user_data.update(doc.user_data)
                swapped.user_data[REAL_DOC] = doc
                return swapped
        return doc  # words that differ: parse the text as given


class RealLines:
    """Last base component: the doc of the real text, with the plain doc's annotations."""

    def __call__(self, doc: Doc) -> Doc:
        real = doc.user_data.pop(REAL_DOC, None)
        if real is None:
            return doc
        return carry_annotations(doc, real)


def carry_annotations(plain: Doc, real: Doc) -> Doc:
    """``real`` (the same words, whitespace tokens apart) annotated as ``plain`` is.

    A whitespace token of the real text hangs from the word before it (the first word of the
    doc if none), as the parser attaches whitespace; a word that hung from a whitespace token
    in the plain doc takes that token's own head.
    """
    word_at = {t.idx: t for t in plain if not t.is_space}
    real_index = {word_at[t.idx].i: t.i for t in real if not t.is_space}
    first_word = min(real_index.values())

    def plain_head(token: Token) -> Token:
        head = token.head
        while head.is_space and head.head.i != head.i:
            head = head.head
        return token if head.is_space else head

    tags, pos, morphs, lemmas, heads, deps = [], [], [], [], [], []
    previous_word = first_word
    for token in real:
        if token.is_space:
            tags.append("_SP")
            pos.append("SPACE")
            morphs.append("")
            lemmas.append(token.text)
            heads.append(previous_word)
            deps.append("dep")
            continue
        source = word_at[token.idx]
        tags.append(source.tag_)
        pos.append(source.pos_)
        morphs.append(str(source.morph))
        lemmas.append(source.lemma_)
        head = plain_head(source)
        heads.append(token.i if head.i == source.i else real_index[head.i])
        deps.append(source.dep_)
        previous_word = token.i
    ents = ["O"] * len(real)
    for ent in plain.ents:
        span = real.char_span(ent.start_char, ent.end_char)
        if span is None:
            continue
        ents[span.start] = f"B-{ent.label_}"
        for i in range(span.start + 1, span.end):
            ents[i] = f"I-{ent.label_}"
    out = Doc(
        real.vocab,
        words=[t.text for t in real],
        spaces=[bool(t.whitespace_) for t in real],
        tags=tags if all(tags) else None,
        pos=pos if all(pos) else None,
        morphs=morphs,
        lemmas=lemmas if all(lemmas) else None,
        heads=heads if all(deps) else None,
        deps=deps if all(deps) else None,
        ents=ents if plain.has_annotation("ENT_IOB") else None,
    )
    out.user_data.update(plain.user_data)
    return out


@Language.factory("ww_plain_lines")
def make_plain_lines(nlp: Language, name: str) -> PlainLines:
    return PlainLines(nlp.tokenizer)


@Language.factory("ww_real_lines")
def make_real_lines(nlp: Language, name: str) -> RealLines:
    return RealLines()
