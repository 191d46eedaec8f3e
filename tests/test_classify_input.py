"""What the learned classifier reads: the candidate's own participants and the trigger's clause."""

from __future__ import annotations

import pytest

from conftest import DATA, read_jsonl
from wirewatch.events.labels import mark
from wirewatch.events.learned import Relation

PLV = DATA / "events" / "plv_train.jsonl"


def _at(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return start, start + len(words)


def test_given_offsets_mark_that_mention_not_the_first_occurrence():
    text = "The army shelled the rebels before the rebels accused the army of lying."
    second = text.rindex("the rebels")
    marked, rest = mark(
        text,
        "the rebels",
        "the army",
        actor_spans=((second, second + len("the rebels")),),
        recipient_spans=(_at(text, "the army", 40),),
    )
    assert marked == (
        "The army shelled the rebels before [A] the rebels [/A] accused [R] the army [/R] of lying."
    )
    assert rest is None
    # Without offsets the first whole-word occurrence is marked, as `classify` input needs.
    marked, _ = mark(text, "the rebels", None)
    assert marked.startswith("The army shelled [A] the rebels [/A] before")


def test_every_mention_of_a_joined_participant_is_marked():
    text = "Police detained workers and activists in the capital."
    marked, rest = mark(
        text,
        "Police",
        "workers; activists",
        actor_spans=((0, 6),),
        recipient_spans=(_at(text, "workers"), _at(text, "activists")),
    )
    assert marked == (
        "[A] Police [/A] detained [R] workers [/R] and [R] activists [/R] in the capital."
    )
    assert rest is None
    # Offsets that do not fit the sentence leave the participant to the second segment.
    marked, rest = mark(text, "Police", None, actor_spans=((40, 99),))
    assert "[A]" not in marked and rest == "[A] Police [/A]"


def test_the_clause_is_marked_or_cropped_with_its_marks_inside():
    text = "Rebels said that the army shelled the town, and the army denied it."
    clause = (text.index("the army"), text.index(","))
    trigger = (text.index("shelled"), text.index("shelled") + len("shelled"))
    marked, _ = mark(
        text, "the army", None, trigger, actor_spans=((17, 25),), clause=clause, clause_style="mark"
    )
    assert marked == (
        "Rebels said that [C] [A] the army [/A] [T] shelled [/T] the town [/C], and the army "
        "denied it."
    )
    cropped, rest = mark(
        text,
        "the army",
        "Rebels",
        trigger,
        actor_spans=((17, 25),),
        recipient_spans=((0, 6),),
        clause=clause,
        clause_style="crop",
    )
    # The recipient lies outside the clause: it is named in the second segment.
    assert cropped == "[A] the army [/A] [T] shelled [/T] the town"
    assert rest == "[R] Rebels [/R]"
    with pytest.raises(ValueError, match="clause style"):
        mark(text, None, None, clause=clause, clause_style="half")


@pytest.fixture(scope="module")
def learned_inputs():
    """The relations the ``learned`` back-end builds for PLV sentences (real pipeline)."""
    if not PLV.exists():
        pytest.skip("needs ../shared/data/events/plv_train.jsonl")
    from wirewatch.config import Settings
    from wirewatch.pipeline import Pipeline
    from wirewatch.schema import Document

    pipeline = Pipeline(Settings(coder="learned"))
    coder = pipeline.nlp.get_pipe("ww_events").coder
    real = coder.classifier
    seen: list[Relation] = []

    class Recorder:
        clause_style = "crop"  # so the coder also computes the clause

        def classify(self, relations):
            seen.extend(relations)
            return real.classify(relations)

    coder.classifier = Recorder()
    rows = [r for r in read_jsonl(PLV) if r["id"] in {"plv-train-778", "plv-train-72"}]
    documents = [Document(id=r["id"], text=r["text"]) for r in rows]
    list(pipeline.code(documents))
    return seen


def test_the_candidate_marks_its_own_actor_mention(learned_inputs):
    # "Cipollone, White House counsel …, has led the White House attack on …": the attack's
    # actor is the second "White House", next to the trigger.
    (relation,) = [r for r in learned_inputs if "Cipollone" in r.text and "attack" in _trig(r)]
    assert relation.actor_spans is not None
    (start, end), *_ = relation.actor_spans
    assert relation.text[start:end] == "White House"
    assert start == relation.text.index("White House", 20)


def test_the_clause_holds_the_trigger_and_its_participants(learned_inputs):
    for relation in learned_inputs:
        assert relation.clause is not None and relation.trigger is not None
        low, high = relation.clause
        assert low <= relation.trigger[0] and relation.trigger[1] <= high
        for start, end in (*relation.actor_spans, *relation.recipient_spans):
            assert low <= start and end <= high
    # "France has sent seven military experts to Saudi Arabia … , a defense ministry
    # spokeswoman said on Thursday": the sending is the reported clause, not the attribution.
    (sent,) = [r for r in learned_inputs if _trig(r) == "sent"]
    clause = sent.text[sent.clause[0] : sent.clause[1]]
    assert clause.startswith("France has sent seven military experts to Saudi Arabia")
    assert "spokeswoman said" not in clause


def _trig(relation: Relation) -> str:
    assert relation.trigger is not None
    return relation.text[relation.trigger[0] : relation.trigger[1]]


def test_the_focus_mask_covers_exactly_the_marked_tokens():
    # A model trained with `--pooling focus` pools these tokens apart from the whole input.
    from tokenizers import Tokenizer

    from wirewatch.events.labels import focus_mask
    from wirewatch.events.learned import DEFAULT_MODEL

    tokenizer = Tokenizer.from_file(str(DEFAULT_MODEL / "tokenizer.json"))
    tokenizer.no_padding()
    text = "Lavrov said the group was linked to Al Qaeda, as rebels attacked the town."
    marked, rest = mark(text, "Lavrov", "the group", _at(text, "linked"))
    assert rest is None
    encoding = tokenizer.encode(marked, "Moscow")
    mask = focus_mask(marked, encoding.offsets, encoding.sequence_ids)
    chosen = [token for token, on in zip(encoding.tokens, mask, strict=True) if on]
    assert chosen == (
        ["[", "a", "]", "la", "##vr", "##ov", "[", "/", "a", "]"]
        + ["[", "r", "]", "the", "group", "[", "/", "r", "]"]
        + ["[", "t", "]", "linked", "[", "/", "t", "]"]
        + ["moscow"]  # the second segment: participants the sentence does not hold
    )
    # Nothing of "as rebels attacked the town", no [CLS] or [SEP].
    assert "attacked" not in chosen and "[CLS]" not in chosen and "[SEP]" not in chosen


def test_the_rules_proposal_opens_the_second_segment_before_missing_participants():
    text = "Moscow has not stopped providing military aid to Damascus."
    marked, rest = mark(text, "Moscow", "the regime", _at(text, "aid"), hint="AID")
    assert marked == "[A] Moscow [/A] has not stopped providing military [T] aid [/T] to Damascus."
    assert rest == "[P] aid [/P] [R] the regime [/R]"
    assert mark(text, "Moscow", None, _at(text, "aid"), hint="AID")[1] == "[P] aid [/P]"
    assert mark(text, "Moscow", None, _at(text, "aid"))[1] is None


def test_the_coder_passes_the_lexicons_type_and_a_model_without_hints_ignores_it(learned_inputs):
    from dataclasses import replace

    from wirewatch.events.learned import load_classifier

    # "France has sent seven military experts to Saudi Arabia": the lexicon proposes a type.
    (sent,) = [r for r in learned_inputs if _trig(r) == "sent"]
    assert sent.hint is not None
    shipped = load_classifier()
    assert not shipped.hints  # the shipped model was trained without the [P] segment
    with_hint, without = shipped.probabilities([sent, replace(sent, hint=None)])
    assert with_hint.tolist() == without.tolist()


FILLER = "Markets were calm and the weather was mild across the region that week. " * 25


def test_a_relation_late_in_a_long_text_is_read_in_a_window_around_it():
    from wirewatch.events.learned import load_classifier

    classifier = load_classifier()
    sentence = "Police arrested dozens of opposition activists in Cairo overnight."
    short = Relation(sentence, "Police", "dozens of opposition activists")
    late = Relation(FILLER + sentence, "Police", "dozens of opposition activists")
    assert classifier.fitted(short) == short  # an input that fits is read as it is
    window = classifier.fitted(late)
    marked, rest = mark(window.text, window.actor_text, window.recipient_text)
    assert "[A] Police [/A]" in marked and "[R] dozens of opposition activists [/R]" in marked
    assert rest is None
    assert not classifier.tokenizer.encode(marked).overflowing
    # Truncation alone keeps the first 96 tokens, the filler: PROTEST at 0.16.
    (near, far) = classifier.classify([short, late])
    assert near.event == far.event == "COERCE"


def test_participants_too_far_apart_keep_the_trigger_and_name_the_rest():
    from wirewatch.events.learned import load_classifier

    text = "The ministry said " + FILLER + "that troops shelled the town at dawn."
    relation = Relation(text, "The ministry", "the town", trigger=_at(text, "shelled"))
    window = load_classifier().fitted(relation)
    assert window.text[window.trigger[0] : window.trigger[1]] == "shelled"
    assert window.text.endswith("the town at dawn.")
    marked, rest = mark(window.text, window.actor_text, window.recipient_text, window.trigger)
    assert "[T] shelled [/T]" in marked and "[R] the town [/R]" in marked
    assert rest == "[A] The ministry [/A]"  # outside the window: named in the second segment


def test_crop_moves_offsets_and_drops_what_falls_outside():
    text = "Rebels shelled the base; later the army shelled the rebels."
    relation = Relation(
        text,
        "the army",
        "the rebels",
        trigger=_at(text, "shelled", 30),
        actor_spans=(_at(text, "the army"),),
        recipient_spans=(_at(text, "Rebels"), _at(text, "the rebels")),
        clause=(0, len(text)),
    )
    cropped = relation.crop(25, len(text))
    assert cropped.text == "later the army shelled the rebels."
    assert cropped.text[slice(*cropped.trigger)] == "shelled"
    assert [cropped.text[slice(*s)] for s in cropped.recipient_spans] == ["the rebels"]
    assert cropped.clause == (0, len(cropped.text))
