"""The learned back-end's mode model, trigger marks and decision rule (issue 6)."""

from __future__ import annotations

import json

import pytest

from conftest import DATA, needs_shared
from wirewatch.eval.events import GoldPair, Predicted, evaluate, score
from wirewatch.events.labels import mark
from wirewatch.events.learned import DEFAULT_MODEL, Classification, LearnedClassifier, Relation
from wirewatch.events.modes import choose_mode, current_mode, load_mode_model
from wirewatch.events.ontology import EVENT_TYPES, possible_types
from wirewatch.events.relabel import choose

GSR = DATA / "events" / "plover_gsr.jsonl"


@pytest.fixture(scope="module")
def modes():
    model = load_mode_model(DEFAULT_MODEL / "modes.npz")
    assert model is not None, "the shipped model folder has no modes.npz; run `make train`"
    return model


def test_the_trigger_is_marked_and_never_inside_a_participant():
    text = "Police arrested the editor and later released the editor on bail."
    start = text.index("released")
    marked, rest = mark(text, "Police", "the editor", (start, start + len("released")))
    assert marked == (
        "[A] Police [/A] arrested [R] the editor [/R] and later [T] released [/T] "
        "the editor on bail."
    )
    assert rest is None
    # A trigger overlapping the actor is left unmarked rather than nested.
    marked, _ = mark(text, "Police arrested", None, (7, 15))
    assert "[T]" not in marked


def test_participants_are_marked_as_whole_words_only():
    marked, rest = mark("Moscow defended its use of force against the rebels.", "US", "the rebels")
    assert "[A]" not in marked and rest == "[A] US [/A]"
    assert "[R] the rebels [/R]" in marked


def test_older_mode_names_become_current_ones():
    assert current_mode("PROTEST", "strike-hun") == "hunger"
    assert current_mode("PROTEST", "demo-org") == "demo"
    assert current_mode("COERCE", "detain") == "arrest"
    assert current_mode("COERCE", "SIEZE") == "seize"
    assert current_mode("ASSAULT", "ASSASSINATE") == "targeted"
    assert current_mode("THREATEN", "martial-law") == "restrict"
    # No current equivalent, or a mode of another type: not scored, not trained on.
    assert current_mode("ASSAULT", "other") is None
    assert current_mode("COERCE", "destroy") is None
    assert current_mode("AGREE", "phone") is None


def test_mode_accuracy_counts_only_gold_events_with_a_current_mode():
    def pair(key: str, event: str, mode: str | None) -> GoldPair:
        return GoldPair(key, key, "text", event, None, [], [], mode=mode)

    pairs = [
        pair("a", "PROTEST", "strike-hun"),
        pair("b", "COERCE", "detain"),
        pair("c", "ASSAULT", "other"),  # not a current mode: left out
        pair("d", "REJECT", None),
    ]
    predicted = [
        Predicted("a", "PROTEST", 4, mode="hunger"),
        Predicted("b", "ASSAULT", 4, mode="arrest"),  # wrong type: wrong mode
        Predicted("c", "ASSAULT", 4, mode="firearms"),
        Predicted("d", "REJECT", 3),
    ]
    scores = score(pairs, predicted)
    assert scores.mode_n == 2
    assert scores.mode_accuracy == 0.5


def test_the_lexicon_mode_stands_where_the_model_names_none():
    assert choose_mode("aerial", 0.4, "firearms", 0.0) == "aerial"
    assert choose_mode(None, 0.9, "firearms", 0.0) == "firearms"
    assert choose_mode("aerial", 0.4, "firearms", 0.5) == "firearms"
    assert choose_mode(None, 0.9, None, 0.0) is None


def test_the_rules_type_needs_the_boost_to_win():
    scores = {"ASSAULT": 0.5, "COERCE": 0.3, "ACCUSE": 0.2}
    assert choose(scores, "COERCE", rules_boost=0.0, keep_rules_below=0.0) == (
        "ASSAULT",
        "learned",
    )
    # log 0.3 + 1 > log 0.5: the lexicon's type stands.
    assert choose(scores, "COERCE", rules_boost=1.0, keep_rules_below=0.0) == ("COERCE", "rules")
    assert choose(scores, "COERCE", rules_boost=0.0, keep_rules_below=0.6) == ("COERCE", "rules")
    assert choose(scores, None, rules_boost=5.0, keep_rules_below=0.9) == ("ASSAULT", "learned")


def test_the_shipped_setting_keeps_the_rules_type_unless_the_model_is_nearly_sure():
    """keep 0.95, boost 6 (chosen on judged Guardian news, benchmarks/RESULTS.md)."""
    unsure = {"ASSAULT": 0.7, "ACCUSE": 0.3}
    assert choose(unsure, "ACCUSE") == ("ACCUSE", "rules")  # below 0.95: the lexicon's type
    sure = {"ASSAULT": 0.998, "ACCUSE": 0.002}
    assert choose(sure, "ACCUSE") == ("ASSAULT", "learned")  # log 0.002 + 6 < log 0.998
    close = {"ASSAULT": 0.96, "ACCUSE": 0.03, "COERCE": 0.01}
    assert choose(close, "ACCUSE") == ("ACCUSE", "rules")  # log 0.03 + 6 > log 0.96
    assert choose(close, None) == ("ASSAULT", "learned")  # nothing proposed: the model decides


def test_the_model_chooses_among_the_types_the_candidate_can_become():
    """AID and COOPERATE need a recipient: without one the model's next type is taken."""
    assert possible_types(True) == set(EVENT_TYPES)
    assert set(EVENT_TYPES) - possible_types(False) == {"AID", "COOPERATE"}
    scores = {"AID": 0.7, "AGREE": 0.2, "SUPPORT": 0.1}
    assert choose(scores, None, 0.0, 0.0, possible_types(False)) == ("AGREE", "learned")
    assert choose(scores, None, 0.0, 0.0, possible_types(True)) == ("AID", "learned")
    # The lexicon's own impossible reading stands (and the record is dropped as the rules drop it).
    assert choose(scores, "COOPERATE", 0.0, 0.0, possible_types(False)) == ("COOPERATE", "rules")


def test_a_record_is_not_lost_to_a_type_it_cannot_carry():
    """In the pipeline: a model that prefers AID everywhere still leaves the recipient-less
    promise a record (its next type), and the delivery with a recipient becomes AID."""
    from wirewatch.config import Settings
    from wirewatch.pipeline import Pipeline
    from wirewatch.schema import Document

    class PrefersAid:
        clause_style = "none"

        def classify(self, relations):
            scores = {"AID": 0.7, "AGREE": 0.2, "SUPPORT": 0.1}
            return [Classification("AID", 2, 0.7, scores) for _ in relations]

    model_alone = {"keep_rules_below": 0.0, "rules_boost": 0.0}
    pipeline = Pipeline(
        Settings(coder="learned"), stage_config={"ww_events": {"coder_config": model_alone}}
    )
    pipeline.nlp.get_pipe("ww_events").coder.classifier = PrefersAid()
    text = "Germany promised on Tuesday to send more weapons. Germany sent weapons to Jordan."
    (coded,) = pipeline.code([Document(id="aid", text=text)])
    found = {(e.trigger.text, e.event, tuple(r.text for r in e.recipient)) for e in coded.events}
    assert found == {("promised", "AGREE", ()), ("sent", "AID", ("Jordan",))}


# Sentences written for these tests (in no training file): the type is given, the mode learned.
MODE_SENTENCES = [
    ("ACCUSE", "The commission opened an inquiry into the killings at the post.", "investigate"),
    ("MOBILIZE", "The government sent thousands of troops to the northern border.", "troops"),
    ("ASSAULT", "A roadside bomb exploded under an army truck, killing four men.", "explosives"),
    ("CONSULT", "The two leaders spoke by phone about the crisis on Monday.", "phone"),
]


@pytest.mark.parametrize(("event", "text", "mode"), MODE_SENTENCES)
def test_the_mode_model_names_the_mode(modes, event, text, mode):
    assert modes.predict(event, text).mode == mode


def test_types_without_modes_get_none(modes):
    assert modes.predict("AGREE", "The two sides agreed to a ceasefire.").mode is None


def test_classify_returns_a_learned_mode():
    classifier = LearnedClassifier()
    (answer,) = classifier.classify(
        [
            Relation(
                "The interior ministry launched an investigation into the riot police's conduct.",
                "The interior ministry",
                "the riot police",
            )
        ]
    )
    assert answer.event == "ACCUSE"
    assert answer.mode == "investigate"
    assert json.loads(json.dumps(answer.as_json("x")))["mode"] == "investigate"


@needs_shared
def test_eval_scores_modes_on_the_gsr():
    scores = evaluate(GSR, "rules")
    assert scores.mode_n == 123
    assert scores.mode_accuracy is not None and 0.0 < scores.mode_accuracy < 1.0


def test_a_marked_trigger_separates_two_events_of_one_actor():
    """Written for this test: one sentence, one actor, two events. (With "the rebels" also
    marked as recipient both come out ACCUSE: a participant is marked where it first occurs,
    here beside "accused", not beside the trigger; see benchmarks/RESULTS.md.)"""
    text = (
        "The government accused the rebels of breaking the truce and then bombed the rebels "
        "in their mountain bases."
    )
    classifier = LearnedClassifier()

    def at(word: str) -> Relation:
        start = text.index(word)
        return Relation(text, "The government", None, trigger=(start, start + len(word)))

    accused, bombed = classifier.classify([at("accused"), at("bombed")])
    assert (accused.event, bombed.event) == ("ACCUSE", "ASSAULT")


def test_the_llm_prompt_names_the_trigger_words():
    from wirewatch.events.llm import messages_for

    text = "Rebels shelled the airport and then accused the army of lying."
    start = text.index("accused")
    prompt = messages_for(Relation(text, "Rebels", "the army", trigger=(start, start + 7)))
    assert "Event words: accused" in prompt[-1]["content"]
    assert "Event words" not in messages_for(Relation(text, "Rebels", None))[-1]["content"]
