"""The pipeline: one parse, stages in order, a broken document reported while the batch goes on."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.errors import ConfigError, StageError
from wirewatch.nlp import Stage
from wirewatch.pipeline import STAGES, Coded, Failure, Pipeline
from wirewatch.schema import Document, TimeRef


class Boom(Stage):
    name = "ww_test_boom"
    writes = {"timexes": TimeRef}

    def annotate(self, doc: Doc) -> None:
        if "BOOM" in doc.text:
            raise RuntimeError("cannot cope with this document")
        doc._.timexes = []


class Unconfigured(Stage):
    name = "ww_test_unconfigured"
    writes = {"timexes": TimeRef}

    def annotate(self, doc: Doc) -> None:
        raise ConfigError("the back-end is not set up")


class Wrong(Stage):
    name = "ww_test_wrong"
    writes = {"timexes": TimeRef}

    def annotate(self, doc: Doc) -> None:
        doc._.timexes = "not a list"


@Language.factory("ww_test_boom")
def _boom(nlp: Language, name: str) -> Boom:
    return Boom()


@Language.factory("ww_test_unconfigured")
def _unconfigured(nlp: Language, name: str) -> Unconfigured:
    return Unconfigured()


@Language.factory("ww_test_wrong")
def _wrong(nlp: Language, name: str) -> Wrong:
    return Wrong()


DOCS = [
    Document(id="a", text="Lavrov met Kerry in Geneva on Monday.", date="2014-01-13"),
    Document(id="b", text="BOOM. Rebels shelled Homs.", date="2014-01-13"),
    Document(id="c", text="Iran was invited to Montreux.", date="2014-01-20"),
]


def test_default_stages_are_in_order(pipeline: Pipeline):
    names = pipeline.nlp.pipe_names
    assert names[-len(STAGES) :] == list(STAGES)
    assert "parser" in names and "ner" in names
    # Each stage declares what it reads and writes; spaCy checks the order for us.
    problems = pipeline.nlp.analyze_pipes()["problems"]
    assert all(not missing for missing in problems.values()), problems


def test_a_failing_document_is_reported_and_the_rest_go_on():
    pipe = Pipeline(stages=["ww_test_boom"])
    results = list(pipe.code(DOCS))
    coded = [r.document.id for r in results if isinstance(r, Coded)]
    failed = [r for r in results if isinstance(r, Failure)]
    assert coded == ["a", "c"]
    assert len(failed) == 1 and failed[0].document.id == "b"
    assert isinstance(failed[0].error, StageError)
    assert "ww_test_boom" in str(failed[0].error) and "cannot cope" in str(failed[0].error)


def test_a_wirewatch_error_in_a_stage_keeps_its_code_once():
    (failure,) = list(Pipeline(stages=["ww_test_unconfigured"]).code(DOCS[:1]))
    assert isinstance(failure, Failure) and isinstance(failure.error, ConfigError)
    message = str(failure.error)
    assert message == "a: stage ww_test_unconfigured failed: the back-end is not set up [W200]"


def test_a_stage_that_writes_the_wrong_thing_is_a_clear_error():
    (failure, *_rest) = list(Pipeline(stages=["ww_test_wrong"]).code(DOCS[:1]))
    assert isinstance(failure, Failure)
    assert "must set doc._.timexes to a list of TimeRef" in str(failure.error)


def test_layers_point_into_the_text(seed_coded: Coded):
    text = seed_coded.document.text
    assert seed_coded.places and seed_coded.timexes
    for item in [*seed_coded.places, *seed_coded.timexes]:
        assert text[item.start : item.end] == item.text
    for record in seed_coded.records:
        assert record.doc_id == "seed-geneva-ii"
        assert 0 <= record.sentence.start < record.sentence.end <= len(text)
