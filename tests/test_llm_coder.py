"""The optional llm back-end against a fake OpenAI-compatible server on 127.0.0.1."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from typer.testing import CliRunner

from wirewatch.cli import app
from wirewatch.errors import ConfigError, StageError
from wirewatch.events.learned import Relation
from wirewatch.events.llm import LLMClassifier, LLMSettings

SENTENCE = Relation(
    "Russian Foreign Minister Sergei Lavrov spoke by telephone with John Kerry on Thursday.",
    "Russian Foreign Minister Sergei Lavrov",
    "John Kerry",
    id="seed-call",
)
GOOD = json.dumps({"event": "CONSULT", "mode": "phone", "aux_modes": []})


class FakeServer:
    """Answers each POST with the next scripted reply: (status, message content)."""

    def __init__(self, script: list[tuple[int, str]]) -> None:
        self.script = list(script)
        self.bodies: list[dict] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                length = int(self.headers["Content-Length"])
                fake.bodies.append(json.loads(self.rfile.read(length)))
                status, content = fake.script.pop(0) if fake.script else (500, "")
                payload = {"choices": [{"message": {"role": "assistant", "content": content}}]}
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def serve() -> Iterator:
    servers: list[FakeServer] = []

    def start(script: list[tuple[int, str]]) -> FakeServer:
        servers.append(FakeServer(script))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def settings(url: str, cache) -> LLMSettings:
    return LLMSettings(url=url, model="fake", cache_dir=cache, retries=3, timeout_s=5, backoff_s=0)


def test_valid_answer_is_used_and_schema_is_sent(serve, tmp_path):
    server = serve([(200, GOOD)])
    (answer,) = LLMClassifier(settings(server.url, tmp_path)).classify([SENTENCE])
    assert (answer.event, answer.mode, answer.quad) == ("CONSULT", "phone", 1)
    body = server.bodies[0]
    schema = body["response_format"]["json_schema"]["schema"]
    assert "ASSAULT" in schema["properties"]["event"]["enum"]
    assert "CONSULT" in body["messages"][0]["content"]  # the codebook is in the prompt


def test_malformed_and_invalid_answers_are_retried(serve, tmp_path):
    server = serve(
        [
            (200, "Sure! The event is CONSULT."),  # not JSON
            (200, json.dumps({"event": "FIGHT", "mode": None, "aux_modes": []})),  # not PLOVER
            (500, ""),  # server error
            (200, GOOD),
        ]
    )
    classifier = LLMClassifier(
        LLMSettings(url=server.url, model="fake", cache_dir=tmp_path, retries=4, backoff_s=0)
    )
    (answer,) = classifier.classify([SENTENCE])
    assert answer.event == "CONSULT"
    assert classifier.requests == 4


def test_gives_up_with_a_clear_error(serve, tmp_path):
    bad = json.dumps({"event": "CONSULT", "aux_modes": ["maybe"]})
    server = serve([(200, bad)] * 3)
    classifier = LLMClassifier(settings(server.url, tmp_path))
    with pytest.raises(StageError, match="no valid answer after 3 tries") as caught:
        classifier.classify([SENTENCE])
    assert "seed-call" in str(caught.value)
    assert classifier.requests == 3


def test_cache_answers_repeats_without_a_request(serve, tmp_path):
    server = serve([(200, GOOD)])
    first = LLMClassifier(settings(server.url, tmp_path))
    first.classify([SENTENCE])
    again = LLMClassifier(settings(server.url, tmp_path))
    (answer,) = again.classify([SENTENCE])
    assert answer.event == "CONSULT"
    assert again.requests == 0 and len(server.bodies) == 1


def test_mode_outside_the_type_is_dropped(serve, tmp_path):
    server = serve([(200, json.dumps({"event": "ASSAULT", "mode": "phone", "aux_modes": []}))])
    (answer,) = LLMClassifier(settings(server.url, None)).classify([SENTENCE])
    assert answer.event == "ASSAULT" and answer.mode is None


@pytest.mark.parametrize(("mode", "kept"), [("targeted", "targeted"), ("massacre", None)])
def test_the_prompt_offers_the_ontologys_modes(serve, tmp_path, mode, kept):
    """The prompt's mode lists are the manual's tables (the ontology's): an older codebook name
    the coders cannot give ("massacre", folded into "targeted") is neither offered nor kept."""
    from wirewatch.events.llm import codebook
    from wirewatch.events.ontology import EVENT_TYPES

    book = codebook()["types"]
    assert {t: sorted(e["modes"]) for t, e in book.items()} == {
        t: sorted(e.modes) for t, e in EVENT_TYPES.items()
    }
    server = serve([(200, json.dumps({"event": "ASSAULT", "mode": mode, "aux_modes": []}))])
    (answer,) = LLMClassifier(settings(server.url, None)).classify([SENTENCE])
    assert answer.mode == kept
    prompt = server.bodies[0]["messages"][0]["content"]
    assert "targeted" in prompt and "massacre" not in prompt


def test_an_unreachable_server_is_a_setup_error_and_fails_fast(tmp_path):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}/v1"
    classifier = LLMClassifier(settings(url, tmp_path))
    with pytest.raises(ConfigError, match="cannot reach the llm endpoint"):
        classifier.classify([SENTENCE])
    assert classifier.requests == 3
    other = Relation("Iran threatened to close the strait.", "Iran", id="other")
    with pytest.raises(ConfigError, match="cannot reach"):
        classifier.classify([other])
    assert classifier.requests == 3  # no retries spent on a server that is not there


def test_classify_cli_reports_a_relation_without_a_valid_answer_and_goes_on(
    serve, tmp_path, monkeypatch
):
    bad = json.dumps({"event": "FIGHT", "mode": None, "aux_modes": []})
    threat = json.dumps({"event": "THREATEN", "mode": None, "aux_modes": []})
    server = serve([(200, GOOD), (200, bad), (200, bad), (200, bad), (200, threat)])
    monkeypatch.setenv("WIREWATCH_LLM_URL", server.url)
    monkeypatch.setenv("WIREWATCH_LLM_CACHE", str(tmp_path / "cache"))
    lines = [
        {"id": "call", "text": SENTENCE.text, "actor_text": SENTENCE.actor_text},
        {"id": "odd", "text": "The talks went on.", "actor_text": "The talks"},
        {"id": "threat", "text": "Iran threatened to close the strait.", "actor_text": "Iran"},
    ]
    result = CliRunner().invoke(
        app,
        ["classify", "--coder", "llm", "-"],
        input="".join(json.dumps(line) + "\n" for line in lines),
    )
    assert result.exit_code == 1
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(a["id"], a["event"]) for a in answers] == [("call", "CONSULT"), ("threat", "THREATEN")]
    assert "odd: llm back-end gave no valid answer after 3 tries" in result.stderr
    assert len(server.bodies) == 5  # the failed relation was not asked again


def test_classify_cli_stops_with_one_line_when_the_server_is_not_there(tmp_path, monkeypatch):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}/v1"
    monkeypatch.setenv("WIREWATCH_LLM_URL", url)
    monkeypatch.setenv("WIREWATCH_LLM_CACHE", str(tmp_path / "cache"))
    result = CliRunner().invoke(
        app, ["classify", "--coder", "llm", "-"], input=json.dumps({"text": SENTENCE.text}) + "\n"
    )
    assert result.exit_code == 2
    assert "cannot reach the llm endpoint" in result.stderr and "Traceback" not in result.output


def test_the_pipeline_codes_a_document_with_the_llm_back_end(serve, tmp_path, monkeypatch):
    from wirewatch.config import Settings
    from wirewatch.pipeline import Pipeline
    from wirewatch.schema import Document

    server = serve([(200, GOOD)] * 3)
    monkeypatch.setenv("WIREWATCH_LLM_URL", server.url)
    monkeypatch.setenv("WIREWATCH_LLM_CACHE", str(tmp_path / "cache"))
    document = Document(id="call", text=SENTENCE.text, date="2013-11-28")
    (coded,) = list(Pipeline(Settings(coder="llm")).code([document]))
    (event,) = coded.events
    assert (event.event, event.mode, event.coder) == ("CONSULT", "phone", "llm")
    assert [a.text for a in event.actor] == ["Sergei Lavrov"]
    assert len(server.bodies) == 1
