"""Shared fixtures: the real pipeline (loaded once), the shared data, and fresh stores."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data"
SEED_JSONL = DATA / "corpora" / "seed_article.jsonl"
SEED_TXT = DATA / "corpora" / "seed_article.txt"
GUARDIAN = DATA / "corpora" / "guardian_sdf.jsonl"

needs_shared = pytest.mark.skipif(
    not DATA.exists(),
    reason="needs ../shared/data (the project's shared development data), absent in this clone",
)


def read_jsonl(path: Path, limit: int | None = None) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            rows.append(json.loads(line))
            if limit and len(rows) >= limit:
                break
    return rows


def coded_events(document, coder: str, **coder_config: object) -> list:
    """The events the real pipeline codes in one document with this back-end and its settings
    (``LearnedCoder(open_min=…, actor_min=…)``)."""
    from wirewatch.config import Settings
    from wirewatch.pipeline import Pipeline

    stage_config = {"ww_events": {"coder_config": coder_config}}
    (coded,) = list(Pipeline(Settings(coder=coder), stage_config=stage_config).code([document]))
    return coded.events


@pytest.fixture(scope="session")
def pipeline():
    from wirewatch.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def geo_pipeline():
    """Just the stages up to ``ww_places`` (``wirewatch geoparse``), loaded once."""
    from wirewatch.geo.parse import geoparse_pipeline

    return geoparse_pipeline()


@pytest.fixture(scope="session")
def gazetteer(geo_pipeline):
    return geo_pipeline.nlp.get_pipe("ww_places").gazetteer


@pytest.fixture(scope="session")
def seed_document():
    if not SEED_JSONL.exists():
        pytest.skip("needs ../shared/data/corpora/seed_article.jsonl")
    from wirewatch.schema import Document

    return Document.model_validate(read_jsonl(SEED_JSONL)[0])


@pytest.fixture(scope="session")
def seed_coded(pipeline, seed_document):
    from wirewatch.pipeline import Coded

    (coded,) = list(pipeline.code([seed_document]))
    assert isinstance(coded, Coded)
    return coded


PG_URL = os.environ.get("WIREWATCH_TEST_PG")


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine

    from wirewatch.store.tables import metadata

    engine = create_engine(url)
    with engine.begin() as conn:
        metadata.drop_all(conn)
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    """A fresh, empty store: a SQLite file, and PostgreSQL where a test server is running
    (``eval "$(scripts/pg-test-server.sh start)"`` sets WIREWATCH_TEST_PG; .ci/run does it)."""
    from wirewatch.store import Store

    if request.param == "sqlite":
        url = str(tmp_path / "test.db")
    elif PG_URL:
        url = PG_URL
        _reset_postgres(url)
    else:
        pytest.skip("no PostgreSQL test server (WIREWATCH_TEST_PG unset)")
    with Store(url) as s:
        yield s
