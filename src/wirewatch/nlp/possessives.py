"""Possessors the parser split off from the noun they possess, attached back to it.

The small model now and then reads "given Moscow’s very loud public push" as two objects of
"given", or "pulling America’s 2,000 troops" with "America" as the object: the possessive
marker is kept on the word, but the word hangs from the verb. Every later stage asks a noun
for its ``poss`` child ("Moscow’s push" is Moscow's), so such a noun loses its agent. This
stage runs after the parser (and the mapping of tags to parts of speech) and attaches the
marked word to the noun the marker stands before, as its ``poss``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

NOUN_POS = frozenset({"NOUN", "PROPN"})
# What may stand between the marker and the possessed noun: "Moscow’s very loud public push",
# "America’s 2,000 troops", "the group’s “last” speck".
NOUN_MODIFIER_POS = frozenset({"ADJ", "ADV", "NUM"})
# A possessor in these relations is part of a larger possessor the parser did see: "Riedijk and
# Begum’s marriage" (both marry), "president Bashar al-Assad’s troops" (the president's); the
# root stays the root, and a word already a possessor needs nothing.
JOINED_DEPS = frozenset({"conj", "appos", "ROOT", "poss"})


def possessed_noun(marker: Token) -> Token | None:
    """The noun a possessive "’s" stands before, over its modifiers; a compound noun leads to
    the noun it modifies ("Moscow’s peace plan" is a plan)."""
    for token in marker.doc[marker.i + 1 : marker.sent.end]:
        if token.pos_ in NOUN_POS:
            while token.dep_ == "compound" and token.head.i > token.i:
                token = token.head
            return token
        if token.pos_ not in NOUN_MODIFIER_POS and not token.is_quote:
            return None
    return None


def split_possessor(word: Token) -> Token | None:
    """The noun that ``word``, marked as a possessor, possesses but does not hang from."""
    marker = next((c for c in word.children if c.dep_ == "case" and c.tag_ == "POS"), None)
    if marker is None or word.dep_ in JOINED_DEPS:
        return None
    noun = possessed_noun(marker)
    if noun is None or noun.i == word.i or noun in word.subtree:
        return None
    return noun


@Language.component("ww_possessives", assigns=["token.dep", "token.head"])
def attach_possessives(doc: Doc) -> Doc:
    for word in doc:
        noun = split_possessor(word)
        if noun is not None and noun.sent.start == word.sent.start:
            word.head = noun
            word.dep_ = "poss"
    return doc
