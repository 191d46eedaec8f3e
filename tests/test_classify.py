"""The learned PLOVER classifier: answers on fixed sentences, no torch, the CLI and the scorer."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATA, ROOT, needs_shared
from wirewatch.cli import app
from wirewatch.errors import WirewatchError
from wirewatch.eval.events import GoldPair, Predicted, evaluate, read_gold, score
from wirewatch.events.aux_modes import aux_modes
from wirewatch.events.labels import TYPES, mark, split_yield
from wirewatch.events.learned import DEFAULT_MODEL, LearnedClassifier, Relation

PLV = DATA / "events" / "plv_train.jsonl"
GSR = DATA / "events" / "plover_gsr.jsonl"


@pytest.fixture(scope="module")
def classifier() -> LearnedClassifier:
    return LearnedClassifier()


# Sentences written for these tests (not in any training file), with the actor and recipient as a
# user would mark them; the first ten written with the model at hand. Every type has three
# more in tests/data/fixed_relations.jsonl (below).
FIXED = [
    (
        "Syrian government warplanes bombed rebel-held districts of Aleppo on Sunday, "
        "killing at least 30 people, activists said.",
        "Syrian government warplanes",
        "rebel-held districts of Aleppo",
        "ASSAULT",
    ),
    (
        "The Russian Foreign Ministry accused Washington of undermining the Geneva talks "
        "by arming the opposition.",
        "The Russian Foreign Ministry",
        "Washington",
        "ACCUSE",
    ),
    (
        "Iran and the six world powers agreed on Sunday to an interim deal limiting "
        "Tehran's nuclear programme.",
        "Iran",
        "the six world powers",
        "AGREE",
    ),
    (
        "Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Paris "
        "on Monday to discuss the conference.",
        "Secretary of State John Kerry",
        "Russian Foreign Minister Sergei Lavrov",
        "CONSULT",
    ),
    (
        "The Syrian National Coalition refused to attend the peace conference unless "
        "Assad stepped down.",
        "The Syrian National Coalition",
        "the peace conference",
        "REJECT",
    ),
    (
        "Thousands of protesters marched through central Kiev on Sunday against President "
        "Yanukovych.",
        "Thousands of protesters",
        "President Yanukovych",
        "PROTEST",
    ),
    (
        "Turkey warned that it would use force if Kurdish fighters crossed the border.",
        "Turkey",
        "Kurdish fighters",
        "THREATEN",
    ),
    (
        "Russia began withdrawing its troops from the Ukrainian border.",
        "Russia",
        "the Ukrainian border",
        "RETREAT",
    ),
    (
        "Police arrested dozens of opposition activists in Cairo overnight.",
        "Police",
        "dozens of opposition activists",
        "COERCE",
    ),
    (
        "The World Food Programme delivered food rations to 20,000 displaced families in "
        "northern Iraq.",
        "The World Food Programme",
        "20,000 displaced families",
        "AID",
    ),
]


@pytest.mark.parametrize(("text", "actor", "recipient", "expected"), FIXED)
def test_fixed_sentences(classifier, text, actor, recipient, expected):
    (answer,) = classifier.classify([Relation(text, actor, recipient)])
    assert answer.event == expected, answer.scores
    assert abs(sum(answer.scores.values()) - 1.0) < 1e-3


FIXED_RELATIONS = ROOT / "tests" / "data" / "fixed_relations.jsonl"
# Types the shipped model gets fewer than two of three right; strict, so a model that learns
# them turns these red and the mark must go (DATA_CARD.md, limits).
WEAK_TYPES = {"COOPERATE", "REQUEST"}


def _fixed_relations() -> dict[str, list[dict]]:
    """The blind set: three sentences per type, written from the PLOVER codebook by someone who
    had not seen the model's answers, all kept whatever the model made of them."""
    by_type: dict[str, list[dict]] = {}
    for line in FIXED_RELATIONS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        by_type.setdefault(row["gold"][0]["event"], []).append(row)
    return by_type


@pytest.mark.parametrize(
    "event",
    [
        pytest.param(t, marks=pytest.mark.xfail(strict=True, reason="known weak type"))
        if t in WEAK_TYPES
        else t
        for t in TYPES
    ],
)
def test_two_of_three_blind_sentences_of_each_type(classifier, event):
    rows = _fixed_relations()[event]
    assert len(rows) == 3
    relations = [
        Relation(r["text"], r["gold"][0]["actor_text"], r["gold"][0].get("recipient_text"))
        for r in rows
    ]
    answers = [a.event for a in classifier.classify(relations)]
    assert sum(a == event for a in answers) >= 2, answers


def test_batch_order_is_kept(classifier):
    """Batching sorts by length internally; answers must come back in input order."""
    relations = [Relation(t, a, r) for t, a, r, _ in FIXED]
    one_by_one = [classifier.classify([r])[0].event for r in relations]
    batched = [c.event for c in classifier.classify(relations[::-1])][::-1]
    assert batched == one_by_one


def test_marking_places_actor_and_recipient():
    text, pair = mark("Russia criticised the United States.", "Russia", "the United States")
    assert text == "[A] Russia [/A] criticised [R] the United States [/R]."
    assert pair is None
    text, pair = mark("Moscow criticised them.", "Russian Foreign Ministry", None)
    assert pair == "[A] Russian Foreign Ministry [/A]"


def test_plv_yield_is_split_by_wording():
    assert split_yield("Ethiopia freed 74 political prisoners.") == "RETREAT"
    assert split_yield("The government accepted the protesters' key demands.") == "CONCEDE"


def test_aux_modes_rules():
    assert aux_modes("Russia will not attend the conference next week.") == [
        "future",
        "negation",
    ]
    assert aux_modes("Rebels seized the town on Monday.") == []
    assert "hypothetical" in aux_modes("The army could strike if talks fail.")


def test_aux_modes_read_the_relation_not_the_whole_sentence(classifier):
    """Cues in another clause do not set the relation's modes; a date anywhere still dates it."""
    text = (
        "Tehran released the two sailors on Monday after weeks of talks, although officials "
        "warned that more seizures could follow."
    )
    relation = Relation(text, "Tehran", "the two sailors")
    assert aux_modes(text) == ["hypothetical"]
    assert aux_modes(text, relation.participants()) == []
    assert classifier.classify([relation])[0].aux_modes == []
    later = "If the talks fail, analysts say, the army could storm the city."
    assert aux_modes(later, Relation(later, "the army", "the city").participants()) == [
        "hypothetical"
    ]
    dated = "In 1994 the rebels, who now hold the capital, shelled the airport."
    assert aux_modes(dated, Relation(dated, "the rebels", "the airport").participants()) == [
        "historical"
    ]


def test_aux_modes_on_the_written_analysis_events():
    """The 640 hand-written events (benchmarks/data/analysis_events.jsonl, with their modes): the
    relation's window gets every mode right more often than the whole sentence (0.84 vs 0.73,
    benchmarks/aux_modes_eval.py)."""
    written = ROOT / "benchmarks" / "data" / "analysis_events.jsonl"
    rows = [json.loads(line) for line in written.open(encoding="utf-8")]
    gold = [sorted(r["aux"]) for r in rows]
    relations = [Relation(r["text"], r["actor_text"], r.get("recipient_text")) for r in rows]
    window = [sorted(aux_modes(r.text, r.participants())) for r in relations]
    sentence = [sorted(aux_modes(r.text)) for r in relations]
    right_window = sum(g == w for g, w in zip(gold, window, strict=True)) / len(rows)
    right_sentence = sum(g == s for g, s in zip(gold, sentence, strict=True)) / len(rows)
    assert len(rows) == 640
    assert right_window >= 0.83
    assert right_window - right_sentence >= 0.08


def test_model_loads_without_torch():
    """Inference must not need torch: block its import and classify in a fresh interpreter."""
    code = (
        "import sys; sys.modules['torch'] = None\n"
        "from wirewatch.events.learned import LearnedClassifier, Relation\n"
        "c = LearnedClassifier()\n"
        "(a,) = c.classify([Relation('Rebels shelled the airport, killing four soldiers.',"
        " 'Rebels', 'the airport')])\n"
        "assert 'torch' not in sys.modules or sys.modules['torch'] is None\n"
        "print(a.event)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ASSAULT"


def test_model_artifact_is_small():
    assert (DEFAULT_MODEL / "model.onnx").stat().st_size < 30_000_000


def test_classify_cli_answers_and_reports_bad_lines():
    lines = [
        json.dumps(
            {
                "id": "a",
                "text": FIXED[0][0],
                "actor_text": FIXED[0][1],
                "recipient_text": FIXED[0][2],
            }
        ),
        "{not json",
        json.dumps({"id": "b", "text": FIXED[1][0]}),
        json.dumps({"id": "c", "text": ""}),
    ]
    result = CliRunner().invoke(app, ["classify", "-"], input="\n".join(lines) + "\n")
    assert result.exit_code == 1
    answers = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [a["id"] for a in answers] == ["a", "b"]
    assert answers[0]["event"] == "ASSAULT"
    assert answers[0]["quad"] == 4
    assert set(answers[0]) == {"id", "event", "mode", "quad", "aux_modes", "scores"}
    assert len(answers[0]["scores"]) == 16
    assert "<stdin>:2: " in result.stderr and "<stdin>:4 (id c): " in result.stderr


def test_classify_cli_goes_on_past_bad_bytes_and_missing_files(tmp_path):
    """A line that is not UTF-8 (with a byte-order mark on the first), a file that is not there
    and a folder named as a file are each reported by name; every other line is answered."""
    good = json.dumps({"id": "a", "text": FIXED[0][0], "actor_text": FIXED[0][1]}).encode()
    other = json.dumps({"id": "b", "text": FIXED[1][0]}).encode()
    first = tmp_path / "first.jsonl"
    first.write_bytes(b"\xef\xbb\xbf" + good + b"\n\xff\xfe\x00garbage\n" + other + b"\n")
    second = tmp_path / "second.jsonl"
    second.write_bytes(json.dumps({"id": "c", "text": FIXED[2][0]}).encode() + b"\n")
    missing = tmp_path / "missing.jsonl"
    result = CliRunner().invoke(
        app, ["classify", str(first), str(missing), str(tmp_path), str(second)]
    )
    assert result.exit_code == 1
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["id"] for a in answers] == ["a", "b", "c"]
    assert f"{first}:2: not UTF-8 text" in result.stderr
    assert f"{missing}: cannot read" in result.stderr
    assert f"{tmp_path}: cannot read" in result.stderr
    # A line without an id is named by where it came from.
    unnamed = tmp_path / "unnamed.jsonl"
    unnamed.write_text(json.dumps({"text": FIXED[0][0]}) + "\n", encoding="utf-8")
    named = CliRunner().invoke(app, ["classify", str(unnamed)])
    assert json.loads(named.stdout)["id"] == f"{unnamed}:1"
    # The same bytes on stdin.
    piped = CliRunner().invoke(app, ["classify", "-"], input=first.read_bytes())
    assert [json.loads(line)["id"] for line in piped.stdout.splitlines()] == ["a", "b"]
    assert "<stdin>:2: not UTF-8 text" in piped.stderr


def test_classify_cli_refuses_a_text_over_the_documents_limit(tmp_path):
    relations = tmp_path / "relations.jsonl"
    long = {"id": "long", "text": "Calm markets. " * 100 + FIXED[0][0]}
    short = {"id": "short", "text": FIXED[0][0]}
    relations.write_text(f"{json.dumps(long)}\n{json.dumps(short)}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["classify", "--max-chars", "1000", str(relations)])
    assert result.exit_code == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["short"]
    assert f"{relations}:1 (id long): cannot classify: text has 1,520 characters" in result.stderr
    assert "over the limit of 1,000" in result.stderr


def test_classify_cli_reads_an_optional_trigger():
    """Two events of one actor in one sentence: the trigger says which is meant."""
    text = (
        "The government lifted the curfew in the capital on Monday but arrested dozens of "
        "opposition activists in the north."
    )
    rows = [
        {"id": "lift", "text": text, "actor_text": "The government", "trigger_text": "lifted"},
        {"id": "arrest", "text": text, "actor_text": "The government", "trigger_text": "arrested"},
        {"id": "bad", "text": text, "actor_text": "The government", "trigger_text": "shelled"},
    ]
    result = CliRunner().invoke(
        app, ["classify", "-"], input="".join(json.dumps(r) + "\n" for r in rows)
    )
    answers = {a["id"]: a for a in map(json.loads, result.stdout.splitlines()) if "id" in a}
    assert answers["lift"]["event"] == "RETREAT"
    assert answers["arrest"]["event"] == "COERCE"
    assert "bad" not in answers
    assert "<stdin>:3 (id bad)" in result.stderr and "'shelled' does not occur" in result.stderr


def test_scorer_translates_to_plv_labels():
    """Against PLV gold, CONCEDE and RETREAT both count as YIELD (quad 2)."""
    pairs = [
        GoldPair("d#0", "d", "t", "YIELD", 2, ["A"], ["B"]),
        GoldPair("e#0", "e", "t", "ACCUSE", 3, ["A"], ["B"]),
        GoldPair("f#0", "f", "t", "ACCUSE", 3, ["A"], ["B"]),
    ]
    predicted = [
        Predicted("d#0", "RETREAT", 2),
        Predicted("e#0", "ACCUSE", 3),
        Predicted("f#0", "REJECT", 3),
    ]
    scores = score(pairs, predicted)
    assert scores.accuracy == pytest.approx(2 / 3)
    assert scores.quad_accuracy == 1.0
    assert scores.per_class["YIELD"].f1 == 1.0
    assert scores.per_class["ACCUSE"].recall == 0.5
    assert scores.confusion["ACCUSE"] == {"ACCUSE": 1, "REJECT": 1}
    assert scores.macro_f1 == pytest.approx((1.0 + 2 / 3) / 2)


@needs_shared
def test_reads_both_gold_dialects():
    _, plv = read_gold(PLV)
    _, gsr = read_gold(GSR)
    assert len(plv) == 1050 and len(gsr) == 322
    assert plv[0].actors == ["Iranian Foreign Minister Mohammad Javad Zarif"]
    assert gsr[0].actors == ["Hungarian", "Romanian"] and gsr[0].recipients == []


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b"\xff\xfe{}", "not UTF-8 text"),
        (b"{not json", "malformed JSON (Expecting property name"),
        (b"[1, 2]", "expected a JSON object, got list"),
        (b'{"id": "x", "text": "t"}', "not a gold event document (KeyError: 'gold')"),
        (b'{"id": "x", "text": "t", "gold": [{"actor_text": "A"}]}', "(KeyError: 'event')"),
        (b'{"id": "x", "gold": []}', "not a gold document (text: Field required)"),
        (b'{"id": "x", "text": "  ", "gold": []}', "empty text"),
        (b'{"id": "x", "text": "t", "gold": [{"event": "ASSAULTT"}]}', "unknown event type"),
        (b'{"id": "a", "text": "A hit B.", "gold": []}', "id 'a' repeats the document at"),
    ],
)
def test_a_bad_gold_line_is_named_by_file_and_line(tmp_path, line, reason):
    gold = tmp_path / "gold.jsonl"
    good = {"id": "a", "text": "A hit B.", "gold": [{"event": "ASSAULT", "actor_text": "A"}]}
    gold.write_bytes(json.dumps(good).encode() + b"\n" + line + b"\n")
    with pytest.raises(WirewatchError) as caught:
        read_gold(gold)
    assert str(caught.value).startswith(f"{gold}:2: ")
    assert reason in str(caught.value)
    result = CliRunner().invoke(app, ["eval", "events", str(gold)])
    assert result.exit_code == 2 and f"{gold}:2: " in result.stderr


def test_a_bad_predictions_line_is_named_by_file_and_line(tmp_path):
    gold = tmp_path / "gold.jsonl"
    good = {"id": "a", "text": "A hit B.", "gold": [{"event": "ASSAULT", "actor_text": "A"}]}
    gold.write_text(json.dumps(good) + "\n", encoding="utf-8")
    saved = tmp_path / "pred.jsonl"
    saved.write_text('{"id": "a#0", "event": "ASSAULT"}\n{"id": "a#1"}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "events", str(gold), "--predictions", str(saved)])
    assert result.exit_code == 2
    assert f"{saved}:2: a prediction needs a string id and event" in result.stderr
    # A gold file with no events is refused rather than scored as zeros.
    gold.write_text(
        json.dumps({"id": "a", "text": "A hit B.", "gold": []}) + "\n", encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["eval", "events", str(gold), "--predictions", str(saved)])
    assert result.exit_code == 2 and "no gold events to score against" in result.stderr


@needs_shared
def test_card_scores_reproduce_on_the_fixed_slice():
    """The data card's recorded slice scores must match what the shipped model gives now."""
    sys.path.insert(0, str(ROOT / "training"))
    from score_slice import slice_scores

    card = json.loads((DEFAULT_MODEL / "card.json").read_text())
    now = slice_scores()
    assert now["n"] == card["scores"]["n"]
    assert now["accuracy"] == pytest.approx(card["scores"]["accuracy"], abs=0.01)
    assert now["macro_f1"] == pytest.approx(card["scores"]["macro_f1"], abs=0.01)
    assert now["mode_n"] == card["scores"]["mode_n"]
    assert now["mode_accuracy"] == pytest.approx(card["scores"]["mode_accuracy"], abs=0.01)


@needs_shared
def test_eval_cli_scores_saved_predictions(tmp_path):
    gold = tmp_path / "gold.jsonl"
    with PLV.open(encoding="utf-8") as handle:
        gold.write_text("".join(next(handle) for _ in range(30)), encoding="utf-8")
    _, pairs = read_gold(gold)
    # A prediction file that is right on every pair but the first.
    saved = tmp_path / "pred.jsonl"
    rows = [{"id": p.key, "event": p.event if p.event != "YIELD" else "CONCEDE"} for p in pairs]
    rows[0]["event"] = "ASSAULT" if pairs[0].event != "ASSAULT" else "AGREE"
    saved.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = CliRunner().invoke(
        app, ["eval", "events", str(gold), "--predictions", str(saved), "--json"]
    )
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["n"] == len(pairs)
    assert scores["accuracy"] == pytest.approx((len(pairs) - 1) / len(pairs), abs=1e-4)


@needs_shared
def test_learned_backend_on_a_gsr_slice(tmp_path):
    gold = tmp_path / "gold.jsonl"
    with GSR.open(encoding="utf-8") as handle:
        gold.write_text("".join(next(handle) for _ in range(40)), encoding="utf-8")
    scores = evaluate(gold, "learned")
    assert scores.n == 40
    # Training sentences, so no accuracy claim: only far above chance (1/16) and the rules (0.3).
    assert scores.accuracy >= 0.5
    assert scores.sentences_per_s is not None and scores.sentences_per_s > 0


@needs_shared
def test_learned_coder_back_end_in_the_pipeline(seed_document):
    """``--coder learned``: the rules' candidates on the seed article, typed by the model."""
    from wirewatch.config import Settings
    from wirewatch.pipeline import Coded, Pipeline

    (coded,) = list(Pipeline(Settings(coder="learned")).code([seed_document]))
    assert isinstance(coded, Coded)
    assert coded.events and {e.coder for e in coded.events} == {"learned"}
    by_trigger = {e.trigger.text: e for e in coded.events}
    assert all(0.0 <= e.confidence <= 1.0 for e in coded.events)
    # The lexicon's type stands where the model is not nearly sure of another (events/relabel.py).
    assert by_trigger["telephone conversation"].event == "CONSULT"
    assert by_trigger["air strikes"].event == "ASSAULT"


@needs_shared
def test_learned_back_end_matches_the_rules_on_the_seed_articles_hand_coded_events(tmp_path):
    """17 of 19 each, the article coded whole (benchmarks/RESULTS.md, "The seed article coded
    whole"; P102's "try to convince Washington" the 17th); coded one sentence at a time, "the
    Coalition" is no one and both get one fewer."""
    from wirewatch.eval.events import predict_article, read_gold, score

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from events_table import seed_article, seed_gold_file

    _, pairs = read_gold(seed_gold_file(tmp_path))
    article, sentences = seed_article()
    assert len(pairs) == 19 and len(sentences) == 14
    rules = score(pairs, predict_article(article, sentences, pairs, "rules"))
    learned = score(pairs, predict_article(article, sentences, pairs, "learned"))
    assert round(rules.accuracy * 19) == 17
    assert round(learned.accuracy * 19) >= 17


@needs_shared
def test_the_seed_articles_other_sentences_coded_blind(tmp_path):
    """The article's 26 other sentences, hand-coded later and blind to both coders (18 events;
    RESULTS.md, S3): 11 of 18 each, and the rules find a record for 11 of them (P102: "to
    persuade the US to support the talks" is now a REQUEST, where the SUPPORT at "support" was
    matched before; P110: "attempts by Assad to make gains", once the paragraph break after it
    no longer spoils its parse; P111: "the two discussed", Lavrov and Kerry; P159: the headline
    "See Syria: Russia Prepares to Blame Opposition …", once its kicker is read apart; P371c:
    "given Moscow’s very loud public push … for the talks", once "Moscow" is the push's
    possessor again)."""
    from wirewatch.eval.events import NONE, predict_article, read_gold, score

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from events_table import SEED_GOLD, SEED_GOLD_REST, seed_article, seed_gold_file

    _, pairs = read_gold(seed_gold_file(tmp_path, (SEED_GOLD_REST,)))
    article, sentences = seed_article((SEED_GOLD_REST,))
    assert len(pairs) == 18 and len(sentences) == 26
    rules = predict_article(article, sentences, pairs, "rules")
    learned = predict_article(article, sentences, pairs, "learned")
    assert sum(p.event != NONE for p in rules) == 11
    assert round(score(pairs, rules).accuracy * 18) == 11
    assert round(score(pairs, learned).accuracy * 18) >= 11
    # Both gold files together, in article order: the 37 events of the "all" rows.
    _, both = read_gold(seed_gold_file(tmp_path, (SEED_GOLD, SEED_GOLD_REST)))
    assert len(both) == 37


def test_relabel_keeps_the_rules_type_only_when_the_model_is_unsure(classifier):
    from wirewatch.events.relabel import relabel

    text, actor, recipient, _ = FIXED[0]  # an air strike: the model is sure it is ASSAULT
    relations = [Relation(text, actor, recipient)] * 2 + [Relation(FIXED[3][0], *FIXED[3][1:3])]
    proposals = ["AID", "AID", None]
    trusting = relabel(classifier, relations, proposals, keep_rules_below=0.0, rules_boost=0.0)
    assert [d.event for d in trusting] == ["ASSAULT", "ASSAULT", "CONSULT"]
    assert {d.source for d in trusting} == {"learned"}
    doubting = relabel(classifier, relations, proposals, keep_rules_below=1.01, rules_boost=0.0)
    assert [(d.event, d.source) for d in doubting] == [
        ("AID", "rules"),
        ("AID", "rules"),
        ("CONSULT", "learned"),  # no rule proposal: the model's answer stands
    ]
    assert doubting[0].quad == 2


@pytest.mark.parametrize(
    ("text", "trigger", "event"),
    [
        (
            "A Turkish court has rejected Australia's request for the extradition of Neil Prakash.",
            "request",
            "REQUEST",
        ),
        (
            "Jeremy Fleming has accused Russia of being reckless in mounting a nerve agent "
            "attack in Salisbury.",
            "attack",
            "ASSAULT",
        ),
    ],
)
def test_the_model_does_not_give_a_trigger_the_type_of_the_event_governing_it(text, trigger, event):
    """P501: with the request's or the attack's participants marked, the classifier reads the
    sentence's governing rejection or accusation; that event has its own record, so the
    governed trigger keeps the lexicon's type."""
    from wirewatch.config import Settings
    from wirewatch.pipeline import Pipeline
    from wirewatch.schema import Document

    (coded,) = list(
        Pipeline(Settings(coder="learned")).code([Document(id="t", text=text, date="2018-06-01")])
    )
    assert [e.event for e in coded.events if e.trigger.text == trigger] == [event], coded.events


def test_a_governments_protest_is_an_accusation_whichever_back_end_types_it():
    """P535: the model keeps the lexicon's PROTEST for "Ankara has long protested", and the
    rule that a government protests by diplomatic complaint (ACCUSE ``disapprove``) now
    follows every back-end's decision, not the rules' alone."""
    from wirewatch.config import Settings
    from wirewatch.pipeline import Pipeline
    from wirewatch.schema import Document

    text = (
        "The US gave the Kurds crucial support when they took on a key role in the battle for "
        "Raqqa, but Ankara has long protested at the alliance."
    )
    for coder in ("rules", "learned"):
        (coded,) = list(
            Pipeline(Settings(coder=coder)).code([Document(id="t", text=text, date="2018-06-01")])
        )
        protest = [e for e in coded.events if e.trigger.text == "protested"]
        assert [(e.event, e.mode) for e in protest] == [("ACCUSE", "disapprove")], coder


def test_the_model_gives_violence_only_to_a_trigger_the_lexicon_reads_as_violence():
    """P505: with killings told earlier in the sentence, the classifier made the PUK's siding
    with Tehran and Iran's backing of the Kurdistan Front assaults; a word of siding or backing
    keeps the lexicon's type."""
    from wirewatch.config import Settings
    from wirewatch.pipeline import Pipeline
    from wirewatch.schema import Document

    text = (
        "Agents killed his brother and two nieces in 1985, the PUK openly sided with Tehran, "
        "and in 1987 the PUK and KDP united in an Iranian-backed Kurdistan Front."
    )
    (coded,) = list(
        Pipeline(Settings(coder="learned")).code([Document(id="t", text=text, date="2018-06-01")])
    )
    assert sorted((e.trigger.text, e.event) for e in coded.events) == [
        ("Iranian-backed", "AID"),
        ("sided", "SUPPORT"),
    ], coded.events


@pytest.mark.parametrize(
    ("text", "trigger", "event"),
    [
        (
            "Late on Monday, the US president, Donald Trump, warned the Syrian president and his "
            "allies not to “recklessly attack” Idlib province.",
            "warned",
            "REQUEST",
        ),
        (
            "A Turkish foreign ministry official declined to comment on the YPG announcement – "
            "or on whether Turkey would fight Syrian government forces if they intervened in "
            "Afrin.",
            "fight",
            "ASSAULT",
        ),
        (
            "The protests are thought to have been part of a national day of action to raise "
            "awareness of Turkish attacks on the Kurdish-held district of Afrin in northern Syria.",
            "attacks",
            "ASSAULT",
        ),
        (
            "Two British Isis militants implicated in brutal acts of torture and execution, have "
            "been captured by US-backed Kurdish fighters in Syria.",
            "captured",
            "COERCE",
        ),
    ],
)
def test_the_model_gives_a_conflict_type_only_where_the_lexicon_reads_it(text, trigger, event):
    """P507: a warning not to act and a refusal to comment around a fight were relabelled
    THREATEN and REJECT by the classifier; those types, like violence, come from the trigger.
    P510: so do accusation and protest (the attacks the protests are about stay attacks). P512:
    an arrest is its own kind (the torture told of the captives does not make their capture an
    assault)."""
    from wirewatch.config import Settings
    from wirewatch.pipeline import Pipeline
    from wirewatch.schema import Document

    (coded,) = list(
        Pipeline(Settings(coder="learned")).code([Document(id="t", text=text, date="2018-06-01")])
    )
    assert [e.event for e in coded.events if e.trigger.text == trigger] == [event], coded.events


@needs_shared
@pytest.mark.parametrize(
    ("doc_id", "trigger", "sentence_part", "event", "mode"),
    [
        ("guardian-737", "airstrikes", "Two waves of airstrikes", "ASSAULT", "aerial"),
        ("guardian-76", "captured", "800 Isis fighters", "COERCE", "arrest"),
        ("guardian-520", "incursion", "Turkey’s incursion into Rojava", "ASSAULT", None),
    ],
)
def test_the_lexicons_type_keeps_the_lexicons_mode(doc_id, trigger, sentence_part, event, mode):
    """P514: the mode model named a manner the sentence does not state (air strikes as heavy
    weapons, a capture as misinformation, an incursion as sexual violence); where the type is
    the lexicon's, so is the mode, none included."""
    from conftest import GUARDIAN, read_jsonl
    from wirewatch.config import Settings
    from wirewatch.pipeline import Pipeline
    from wirewatch.schema import Document

    (row,) = [r for r in read_jsonl(GUARDIAN) if r["id"] == doc_id]
    (coded,) = list(Pipeline(Settings(coder="learned")).code([Document.model_validate(row)]))
    text = coded.document.text
    found = [
        (e.event, e.mode)
        for e in coded.events
        if e.trigger.text == trigger and sentence_part in text[e.sentence.start : e.sentence.end]
    ]
    assert found and set(found) == {(event, mode)}, found


def test_the_held_out_replay_answers_only_the_candidates_it_holds():
    """P536: ``events_table.py`` replays the learned back-end as shipped, its classifier replaced
    by held-out answers keyed by sentence and trigger; a candidate with an answer takes the
    answer's type where the coder allows it, one without keeps the lexicon's type."""
    from wirewatch.eval.events import eval_pipeline
    from wirewatch.events.ontology import EVENT_TYPES
    from wirewatch.schema import Document

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from events_table import HeldOutAnswers

    first = "Russia's foreign minister met Turkish officials in Ankara on Monday."
    second = "Iran's foreign minister met Saudi officials in Riyadh on Tuesday."
    trigger = (first.index("met"), first.index("met") + 3)
    agree = {t: (0.999 if t == "AGREE" else 0.001 / (len(EVENT_TYPES) - 1)) for t in EVENT_TYPES}
    stand_in = HeldOutAnswers({(first, trigger): agree})
    pipeline = eval_pipeline("learned", None, None)
    pipeline.nlp.get_pipe("ww_events").coder.classifier = stand_in
    (coded,) = list(pipeline.code([Document(id="t", text=f"{first} {second}", date="2018-06-01")]))
    assert [e.event for e in coded.events if e.trigger.text == "met"] == ["AGREE", "CONSULT"]
    assert (stand_in.asked, stand_in.answered) == (2, 1)


def swapped_model(folder: Path, first: str, second: str) -> Path:
    """A copy of the shipped model whose labels name two types the other way round: it answers
    as the shipped model does, with those two names exchanged."""
    copy = folder / "swapped-model"
    shutil.copytree(DEFAULT_MODEL, copy)
    labels = json.loads((copy / "labels.json").read_text(encoding="utf-8"))
    a, b = labels["types"].index(first), labels["types"].index(second)
    labels["types"][a], labels["types"][b] = second, first
    (copy / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    return copy


def test_classify_and_eval_read_another_model_folder(tmp_path):
    """``--model DIR`` is the folder the answers come from (such as the one ``make
    train-check`` writes), for ``classify`` and for ``eval events`` in both modes."""
    swapped = swapped_model(tmp_path, "ASSAULT", "COERCE")
    line = json.dumps({"id": "a", "text": FIXED[0][0], "actor_text": FIXED[0][1]}) + "\n"
    shipped = json.loads(CliRunner().invoke(app, ["classify", "-"], input=line).stdout)
    other = CliRunner().invoke(app, ["classify", "--model", str(swapped), "-"], input=line)
    answer = json.loads(other.stdout)
    assert shipped["event"] == "ASSAULT" and answer["event"] == "COERCE"
    assert answer["scores"]["COERCE"] == shipped["scores"]["ASSAULT"]

    gold = ROOT / "tests" / "data" / "fixed_relations.jsonl"

    def confusion(*options: str) -> dict[str, dict[str, int]]:
        result = CliRunner().invoke(app, ["eval", "events", str(gold), "--json", *options])
        assert result.exit_code == 0, result.stderr
        return json.loads(result.stdout)["confusion"]

    swap = {"ASSAULT": "COERCE", "COERCE": "ASSAULT"}
    before, after = confusion(), confusion("--model", str(swapped))
    assert before["ASSAULT"].get("ASSAULT", 0) >= 2  # else the exchange below proves little
    assert after == {g: {swap.get(p, p): n for p, n in row.items()} for g, row in before.items()}
    # In pipeline mode the folder reaches the back-end too: one that holds no model is named.
    missing = tmp_path / "no-model"
    result = CliRunner().invoke(
        app, ["eval", "events", str(gold), "--pipeline", "--model", str(missing)]
    )
    assert result.exit_code != 0 and f"no classifier model in {missing}" in result.stderr
    # A back-end that reads no model folder refuses one rather than ignoring it.
    result = CliRunner().invoke(
        app, ["eval", "events", str(gold), "--coder", "rules", "--model", str(swapped)]
    )
    assert result.exit_code != 0 and "--coder rules has none" in result.stderr
