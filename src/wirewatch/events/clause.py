"""The trigger's own clause: the model input that keeps a long sentence's other clauses out.

A long analytical sentence can hold several events; read whole, its other clauses outweigh the
marked trigger. The clause is the smallest dependency subtree that contains the trigger's nearest
verbal head (a nominal trigger's clause is its verb's, not the bare noun phrase) and every
participant mention in the sentence, from the parse the pipeline already has.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

VERBAL = {"VERB", "AUX"}


def _extent(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i


def clause_range(
    sentence: Span, trigger: Span, participants: Iterable[tuple[int, int]]
) -> tuple[int, int]:
    """Character offsets of the trigger's clause, relative to ``sentence.start_char``.

    ``participants`` are document character offsets; those outside the sentence are ignored.
    """
    needed = {t.i for t in trigger}
    for start, end in participants:
        if sentence.start_char <= start and end <= sentence.end_char:
            needed.update(t.i for t in sentence if t.idx < end and t.idx + len(t.text) > start)
    node = trigger.root
    # Up to the clause's verb first: a noun phrase alone ("the air strikes") is not a clause.
    while node.pos_ not in VERBAL and node.head.i != node.i:
        node = node.head
    low, high = _extent(node)
    while not all(low <= i <= high for i in needed) and node.head.i != node.i:
        node = node.head
        low, high = _extent(node)
    low, high = max(low, sentence.start), min(high, sentence.end - 1)
    doc = sentence.doc
    end_char = doc[high].idx + len(doc[high].text)
    return doc[low].idx - sentence.start_char, end_char - sentence.start_char
