"""Optional ``llm`` back-end: any OpenAI-compatible chat endpoint (vLLM, llama.cpp, Ollama, …).

Never required and never reached unless configured: ``WIREWATCH_LLM_URL`` (the server's base URL,
e.g. ``http://127.0.0.1:8000/v1``), ``WIREWATCH_LLM_MODEL``, optional ``WIREWATCH_LLM_KEY`` and
``WIREWATCH_LLM_CACHE`` (a folder; answers are cached there by request, so re-running a corpus
costs nothing). The prompt carries a summary of the PLOVER codebook
(``data/plover_codebook.json``); the answer is constrained by a JSON schema where the server
supports it and always validated here; a failed or invalid answer is retried, then reported
for that relation; a server that no request reaches is a setup error, met at once by every
later call.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ValidationError

from wirewatch.errors import ConfigError, StageError
from wirewatch.events.labels import QUAD, TYPES
from wirewatch.events.learned import Classification, Relation

CODEBOOK = Path(__file__).resolve().parents[1] / "data" / "plover_codebook.json"
AuxName = Literal["historical", "future", "hypothetical", "negation"]


class LLMAnswer(BaseModel):
    """What the model must return; anything else is an invalid answer."""

    event: Literal[TYPES]  # type: ignore[valid-type]
    mode: str | None = None
    aux_modes: list[AuxName] = []


@dataclass(frozen=True)
class LLMSettings:
    url: str
    model: str
    api_key: str | None = None
    cache_dir: Path | None = None
    retries: int = 3
    timeout_s: float = 60.0
    backoff_s: float = 0.5

    @classmethod
    def from_env(cls) -> LLMSettings:
        url = os.environ.get("WIREWATCH_LLM_URL")
        if not url:
            raise ConfigError("the llm back-end needs WIREWATCH_LLM_URL (an OpenAI-compatible URL)")
        cache = os.environ.get("WIREWATCH_LLM_CACHE")
        return cls(
            url=url,
            model=os.environ.get("WIREWATCH_LLM_MODEL", "default"),
            api_key=os.environ.get("WIREWATCH_LLM_KEY"),
            cache_dir=Path(cache) if cache else Path.home() / ".cache" / "wirewatch" / "llm",
        )


@lru_cache(maxsize=1)
def codebook() -> dict:
    return json.loads(CODEBOOK.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def codebook_prompt() -> str:
    book = codebook()
    lines = ["PLOVER event types (quad class; modes):"]
    for name, entry in book["types"].items():
        modes = ", ".join(entry["modes"]) or "none"
        lines.append(f"- {name} (quad {entry['quad']}; modes: {modes}): {entry['gist']}")
    lines.append("Auxiliary modes:")
    lines += [f"- {name}: {gist}" for name, gist in book["aux_modes"].items()]
    return "\n".join(lines)


def answer_schema() -> dict:
    return {
        "type": "object",
        "properties": {
            "event": {"type": "string", "enum": list(TYPES)},
            "mode": {"type": ["string", "null"]},
            "aux_modes": {
                "type": "array",
                "items": {"enum": ["historical", "future", "hypothetical", "negation"]},
            },
        },
        "required": ["event", "mode", "aux_modes"],
        "additionalProperties": False,
    }


def messages_for(relation: Relation) -> list[dict]:
    who = []
    if relation.actor_text:
        who.append(f"Actor (source): {relation.actor_text}")
    if relation.recipient_text:
        who.append(f"Recipient (target): {relation.recipient_text}")
    if relation.trigger is not None:
        # Several events can share a sentence: name the words of the one being asked about.
        who.append(f"Event words: {relation.text[relation.trigger[0] : relation.trigger[1]]}")
    return [
        {
            "role": "system",
            "content": "You code news sentences into PLOVER political events. Answer with JSON "
            'only: {"event": TYPE, "mode": MODE or null, "aux_modes": [...]}.\n'
            + codebook_prompt(),
        },
        {
            "role": "user",
            "content": f"Sentence: {relation.text}\n" + "\n".join(who) + "\nWhich PLOVER event "
            "does the actor direct at the recipient in this sentence?",
        },
    ]


class LLMClassifier:
    """Classifies relations through an OpenAI-compatible endpoint, with retries and a cache."""

    def __init__(self, settings: LLMSettings | None = None) -> None:
        self.settings = settings or LLMSettings.from_env()
        self.requests = 0  # HTTP requests made (cache hits make none)
        # Set once no request has reached the server: every later call fails at once, rather
        # than spending its retries and timeouts on a server that is not there.
        self.unreachable: str | None = None
        self.given_up: dict[str, str] = {}  # request key -> why: asked again, it fails at once

    def _key(self, body: dict) -> str:
        return hashlib.sha256(
            json.dumps([self.settings.url, body], sort_keys=True).encode()
        ).hexdigest()

    def _cache_path(self, key: str) -> Path | None:
        if self.settings.cache_dir is None:
            return None
        return self.settings.cache_dir / key[:2] / f"{key}.json"

    def _post(self, body: dict) -> str:
        request = urllib.request.Request(
            self.settings.url.rstrip("/") + "/chat/completions",
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"}
            | (
                {"Authorization": f"Bearer {self.settings.api_key}"}
                if self.settings.api_key
                else {}
            ),
        )
        self.requests += 1
        with urllib.request.urlopen(request, timeout=self.settings.timeout_s) as response:
            payload = json.loads(response.read())
        return payload["choices"][0]["message"]["content"]

    def ask(self, relation: Relation) -> LLMAnswer:
        body = {
            "model": self.settings.model,
            "messages": messages_for(relation),
            "temperature": 0,
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "plover_event", "schema": answer_schema(), "strict": True},
            },
        }
        key = self._key(body)
        cached = self._cache_path(key)
        if cached is not None and cached.exists():
            return LLMAnswer.model_validate_json(cached.read_text(encoding="utf-8"))
        if self.unreachable is not None:
            raise ConfigError(self.unreachable)
        if key in self.given_up:
            raise StageError(self.given_up[key], where=relation.id)
        problem, reached = "no attempt made", False
        for attempt in range(max(1, self.settings.retries)):
            if attempt:
                time.sleep(self.settings.backoff_s * attempt)
            try:
                answer = LLMAnswer.model_validate_json(self._post(body))
            except urllib.error.HTTPError as error:  # the server answered, with an error
                problem, reached = f"request failed ({error})", True
                continue
            except (urllib.error.URLError, TimeoutError, OSError) as error:
                problem = f"request failed ({error})"
                continue
            except (ValidationError, ValueError, KeyError, IndexError, TypeError) as error:
                problem, reached = f"invalid answer ({str(error).splitlines()[0]})", True
                continue
            if cached is not None:
                cached.parent.mkdir(parents=True, exist_ok=True)
                cached.write_text(answer.model_dump_json(), encoding="utf-8")
            return answer
        if not reached:
            self.unreachable = f"cannot reach the llm endpoint {self.settings.url}: {problem}"
            raise ConfigError(self.unreachable)
        why = f"llm back-end gave no valid answer after {self.settings.retries} tries: {problem}"
        self.given_up[key] = why
        raise StageError(why, where=relation.id)

    def classify(self, relations: Sequence[Relation]) -> list[Classification]:
        out = []
        for relation in relations:
            answer = self.ask(relation)
            book = codebook()["types"][answer.event]
            out.append(
                Classification(
                    event=answer.event,
                    quad=QUAD[answer.event],
                    confidence=1.0,
                    scores={t: float(t == answer.event) for t in TYPES},
                    aux_modes=list(answer.aux_modes),
                    # A mode outside the type's list is dropped rather than trusted.
                    mode=answer.mode if answer.mode in book["modes"] else None,
                )
            )
        return out
