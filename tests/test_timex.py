"""The time stage on real text: the seed article, TempEval-3 documents, and the CLI."""

from __future__ import annotations

import pytest

from conftest import DATA, needs_shared  # noqa: F401
from wirewatch.schema import Document


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
