"""The time stage on real text: the seed article, TempEval-3 documents, and the CLI."""

from __future__ import annotations

import pytest

from conftest import DATA, needs_shared
from wirewatch.schema import Document, TimeRef


@pytest.fixture(scope="module")
def timex_pipeline():
    from wirewatch.pipeline import Pipeline

    return Pipeline(stages=["ww_timex"])


def tag(pipeline, text: str, date: str | None = "2014-01-10") -> list:
    (coded,) = list(pipeline.code([Document(id="t", text=text, date=date)]))
    return coded.timexes


def by_text(timexes) -> dict[str, list]:
    found: dict[str, list] = {}
    for t in timexes:
        found.setdefault(t.text.lower(), []).append(t)
    return found


@pytest.fixture(scope="module")
def seed_timexes(timex_pipeline, seed_document):
    (coded,) = list(timex_pipeline.code([seed_document]))
    return coded.timexes


def test_seed_offsets_point_at_their_text(seed_timexes, seed_document):
    assert seed_timexes
    for t in seed_timexes:
        assert seed_document.text[t.start : t.end] == t.text


def test_seed_thursday_is_the_day_before_the_friday_article(seed_timexes):
    thursdays = by_text(seed_timexes)["thursday"]
    assert len(thursdays) == 2
    assert {t.value for t in thursdays} == {"2014-01-09"}
    assert all(t.type == "DATE" for t in thursdays)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("january 22, 2014", "2014-01-22"),
        ("january 13", "2014-01-13"),
        ("january 17", "2014-01-17"),
    ],
)
def test_seed_calendar_dates(seed_timexes, text, value):
    (found,) = by_text(seed_timexes)[text]
    assert (found.type, found.value) == ("DATE", value)


def test_seed_november_is_last_november(seed_timexes, seed_document):
    novembers = by_text(seed_timexes)["november"]
    assert {t.value for t in novembers} == {"2013-11"}
    # "in November and December": the month after the conjunction is in the same past.
    assert [t.value for t in by_text(seed_timexes)["december"]] == ["2013-12"]
    assert any(seed_document.text[t.start - 3 : t.start] == "in " for t in novembers)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("the last few weeks", "DURATION", "PXW"),
        ("the past few days", "DURATION", "PXD"),
        ("this week", "DATE", "2014-W02"),
    ],
)
def test_seed_vague_periods_are_not_invented_dates(seed_timexes, text, kind, value):
    (found,) = by_text(seed_timexes)[text]
    assert (found.type, found.value) == (kind, value)


def test_seed_event_dates_follow_the_clause(timex_pipeline, seed_document):
    from wirewatch.timex import event_date

    (doc,) = [d for d in timex_pipeline.annotate([seed_document])]
    reported = next(t for t in doc if t.text == "reported")
    took = next(t for t in doc if t.text == "took" and t.nbor(1).text == "place")
    assert event_date(doc, reported).value == "2014-01-09"
    assert event_date(doc, took).text == "Thursday"
    meeting = next(t for t in doc if t.text == "meeting" and t.nbor(-1).text == "scheduled")
    assert event_date(doc, meeting).value == "2014-01-13"


def test_seed_date_event_falls_back_to_the_document_date(timex_pipeline, seed_document):
    from wirewatch.timex import date_event

    (doc,) = list(timex_pipeline.annotate([seed_document]))
    reported = next(t for t in doc if t.text == "reported")
    dated = date_event(doc, reported)
    assert (dated.date, dated.date_text) == ("2014-01-09", "Thursday")
    assert seed_document.text[dated.date_span.start : dated.date_span.end] == "Thursday"
    push = next(t for t in doc if t.text == "push")  # "push in November and December"
    assert date_event(doc, push).date == "2013-11"
    # "Russia's attempts to tar the Islamic Front …": no time in the sentence
    tar = next(t for t in doc if t.text == "tar")
    undated = date_event(doc, tar)
    assert (undated.date, undated.ref) == ("2014-01-10", None)
    assert undated.confidence < dated.confidence


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The ministers met on Thursday in Geneva.", "thursday", "2014-01-09"),
        ("The ministers will meet on Thursday in Geneva.", "thursday", "2014-01-16"),
        (
            "The opposition is to announce on January 7 whether it will attend.",
            "january 7",
            "2015-01-07",
        ),
        (
            "The opposition announced on January 17 that it would attend.",
            "january 17",
            "2013-01-17",
        ),
        ("A meeting is scheduled for March 3.", "march 3", "2014-03-03"),
        ("Troops withdrew in December.", "december", "2013-12"),
        ("Elections will be held in December.", "december", "2014-12"),
        ("Talks resume next week; they stalled last month.", "next week", "2014-W03"),
        ("Talks resume next week; they stalled last month.", "last month", "2013-12"),
        ("The new rules, effective Nov. 1, were announced.", "nov. 1", "2014-11-01"),
        ("Protesters planned a rally on Saturday.", "saturday", "2014-01-11"),
        ("A summit set for March was called off.", "march", "2014-03"),
    ],
)
def test_tense_sets_the_direction(timex_pipeline, text, expression, value):
    assert [t.value for t in by_text(tag(timex_pipeline, text))[expression]] == [value]


@pytest.mark.parametrize(
    ("text", "expression", "kind", "value"),
    [
        ("Shelling resumed at 3 p.m. on Friday.", "3 p.m.", "TIME", "2014-01-10T15:00"),
        ("He spoke on Wednesday night.", "wednesday night", "TIME", "2014-01-08TNI"),
        ("The siege lasted two years.", "two years", "DURATION", "P2Y"),
        (
            "Fighting in the last twenty four hours killed 12.",
            "the last twenty four hours",
            "DURATION",
            "PT24H",
        ),
        ("Inspectors visit every Monday.", "every monday", "SET", "XXXX-WXX-1"),
        ("Aid convoys cross daily.", "daily", "SET", "P1D"),
        ("Output fell in the third quarter.", "the third quarter", "DATE", "2013-Q3"),
        ("The war of the 1990s shaped the region.", "the 1990s", "DATE", "199"),
        ("The border was drawn in the 19th century.", "the 19th century", "DATE", "18"),
        ("The ceasefire collapsed two weeks ago.", "two weeks ago", "DATE", "2013-W52"),
        ("Prices have risen since 2010.", "2010", "DATE", "2010"),
        ("The offensive began in the spring of 2012.", "the spring of 2012", "DATE", "2012-SP"),
        ("A truce was agreed on Christmas.", "christmas", "DATE", "2013-12-25"),
        ("The report was filed on 2013-11-05.", "2013-11-05", "DATE", "2013-11-05"),
    ],
)
def test_each_type(timex_pipeline, text, expression, kind, value):
    (found,) = by_text(tag(timex_pipeline, text))[expression]
    assert (found.type, found.value) == (kind, value)


def test_last_season_is_the_latest_one(timex_pipeline):
    found = by_text(tag(timex_pipeline, "Rebels took the town last spring.", date="2014-10-20"))
    assert found["last spring"][0].value == "2014-SP"


def test_since_and_until_are_kept_as_mods(timex_pipeline):
    found = by_text(tag(timex_pipeline, "Prices have risen since 2010 and will rise until 2016."))
    assert found["2010"][0].mod == "ON_OR_AFTER"
    assert found["2016"][0].mod == "ON_OR_BEFORE"


def test_range_shares_its_year(timex_pipeline):
    found = by_text(tag(timex_pipeline, "Prices rose between March and May 2011."))
    assert found["march"][0].value == "2011-03"
    assert found["may 2011"][0].value == "2011-05"


def test_the_next_day_follows_the_date_last_mentioned(timex_pipeline):
    text = "Rebels took the town on March 3, 2012. The next day the army shelled it."
    assert by_text(tag(timex_pipeline, text))["the next day"][0].value == "2012-03-04"


def test_without_a_document_date_relative_values_stay_open(timex_pipeline):
    found = by_text(tag(timex_pipeline, "Rebels attacked on Thursday and last week.", date=None))
    assert found["thursday"][0].value == "XXXX-WXX-4"
    assert found["last week"][0].value == "XXXX-WXX"


def test_may_the_modal_is_not_a_month(timex_pipeline):
    assert not tag(timex_pipeline, "Aid may increase if the regime feels pressure.")


# --- the scorer -------------------------------------------------------------------------------


def test_scorer_on_hand_made_gold():
    from wirewatch.eval.timex import GoldTimex, TimexScores, score_document

    gold = [
        GoldTimex(0, 5, "2014.", "DATE", "2014"),
        GoldTimex(10, 20, "three days", "DURATION", "P3D"),
        GoldTimex(30, 38, "November", "DATE", "2013-11"),
    ]
    system = [
        TimeRef(text="2014.", start=0, end=5, type="DATE", value="2014"),  # exact
        TimeRef(text="ree days", start=12, end=20, type="DURATION", value="P2D"),  # overlap
        TimeRef(text="Monday", start=40, end=46, type="DATE", value="2014-01-13"),  # spurious
    ]
    scores = TimexScores(documents=1)
    scores.counts.add(score_document(gold, system))
    assert scores.strict == pytest.approx((1 / 3, 1 / 3, 1 / 3))
    assert scores.relaxed == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert scores.type_accuracy == 1.0
    assert scores.value_accuracy == 0.5
    assert scores.value == pytest.approx((1 / 3, 1 / 3, 1 / 3))


def test_scorer_matches_one_to_one():
    from wirewatch.eval.timex import GoldTimex, score_document

    gold = [GoldTimex(0, 10, "", "DATE", "2014")]
    system = [
        TimeRef(text="a", start=0, end=4, type="DATE", value="2014"),
        TimeRef(text="b", start=5, end=10, type="DATE", value="2014"),
    ]
    counts = score_document(gold, system)
    assert (counts.relaxed, counts.system, counts.value_ok) == (1, 2, 1)


@needs_shared
def test_tempeval_sample_keeps_its_accuracy():
    """An even spread of TempEval-3 training documents, scored as the benchmark scores them."""
    from wirewatch.eval.timex import evaluate, read_gold
    from wirewatch.timex.run import timex_pipeline

    gold = list(read_gold(DATA / "timex" / "te3_train.jsonl"))[::16]
    scores = evaluate(gold, timex_pipeline())
    assert scores.counts.gold > 80
    assert scores.relaxed[2] > 0.85
    assert scores.value[2] > 0.70
    assert scores.type_accuracy > 0.9


# --- the command line -------------------------------------------------------------------------


def test_cli_timex_prints_one_line_per_document(tmp_path):
    import json

    from typer.testing import CliRunner

    from wirewatch.cli import app

    source = tmp_path / "docs.jsonl"
    rows = [
        {"id": "a", "text": "The ministers met on Thursday.", "date": "2014-01-10"},
        {"id": "b", "text": "Elections will be held in December.", "date": "2014-01-10"},
    ]
    source.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["timex", str(source)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [line["doc_id"] for line in lines] == ["a", "b"]
    (thursday,) = lines[0]["timexes"]
    assert thursday == {
        "text": "Thursday",
        "start": 21,
        "end": 29,
        "type": "DATE",
        "value": "2014-01-09",
    }
    assert lines[1]["timexes"][0]["value"] == "2014-12"


def test_cli_timex_date_option_and_bad_input(tmp_path):
    import json

    from typer.testing import CliRunner

    from wirewatch.cli import app

    text_file = tmp_path / "note.txt"
    text_file.write_text("Rebels took the town yesterday.", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = CliRunner().invoke(
        app, ["timex", str(missing), str(text_file), "--date", "2014-01-10"]
    )
    assert result.exit_code == 1
    message = " ".join(result.stderr.split())  # the console wraps long lines
    assert "missing.txt: no such file or directory" in message
    (line,) = [json.loads(x) for x in result.stdout.splitlines() if x.strip()]
    assert line["timexes"][0]["value"] == "2014-01-09"


@needs_shared
def test_cli_eval_timex_on_seed_gold(tmp_path, seed_document):
    """A small gold file made by hand from the seed article, scored through the CLI."""
    import json

    from typer.testing import CliRunner

    from wirewatch.cli import app

    text = seed_document.text
    marks = [("Thursday", "DATE", "2014-01-09"), ("January 13", "DATE", "2014-01-13")]
    marks += [("the past few days", "DURATION", "PXD"), ("November", "DATE", "2013-11")]
    timexes = []
    for surface, kind, value in marks:
        start = text.index(surface)
        timexes.append(
            {
                "start": start,
                "end": start + len(surface),
                "text": surface,
                "type": kind,
                "value": value,
            }
        )
    gold = tmp_path / "gold.jsonl"
    record = {**seed_document.model_dump(), "timexes": timexes}
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "timex", str(gold)])
    assert result.exit_code == 0, result.output
    relaxed = next(line for line in result.stdout.splitlines() if "relaxed" in line)
    assert "/ 100.00% /" in relaxed  # every gold expression found
    value = next(line for line in result.stdout.splitlines() if "value P" in line)
    assert "/ 100.00% /" in value  # and every value right
