"""Coder back-ends: each decides the PLOVER type (and mode) of candidate events.

Every back-end sees the same candidates (``wirewatch.events.candidates.Candidate``: the trigger,
the sentence, the actor and recipient mentions, the lexicon's proposal) and returns one
``Decision`` per candidate, or None to drop it. Back-ends are registered by name in ``CODERS``;
the ``coder`` setting of the ``ww_events`` stage (``--coder``, ``WIREWATCH_CODER``) picks one.

A back-end that can type verbs the lexicon does not know sets ``open_candidates``; only then are
such candidates (``lexicon.OPEN_VERB``) found for it.

A back-end may live in another module: register it with ``register_coder`` when that module is
imported, or add ``"name": "package.module:Class"`` to ``CODERS`` to import it only on use.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from wirewatch.errors import ConfigError
from wirewatch.events.candidates import Candidate
from wirewatch.events.ontology import EVENT_TYPES, valid_mode


@dataclass(frozen=True)
class Decision:
    event: str
    mode: str | None
    confidence: float


class Coder(Protocol):
    name: str
    open_candidates: bool

    def decide(self, candidates: Sequence[Candidate]) -> list[Decision | None]:
        """One decision per candidate, in order (batched so a model can run once per doc)."""
        ...


CoderFactory = Callable[..., Coder]
CODERS: dict[str, CoderFactory | str] = {}


def register_coder(name: str) -> Callable[[CoderFactory], CoderFactory]:
    def register(factory: CoderFactory) -> CoderFactory:
        CODERS[name] = factory
        return factory

    return register


def make_coder(name: str, **config: object) -> Coder:
    factory = CODERS.get(name)
    if factory is None:
        raise ConfigError(
            f"unknown event coder {name!r}; known coders: {', '.join(sorted(CODERS))}"
        )
    if isinstance(factory, str):
        module_name, _, attribute = factory.partition(":")
        try:
            factory = getattr(importlib.import_module(module_name), attribute)
        except (ImportError, AttributeError) as err:
            raise ConfigError(
                f"event coder {name!r} cannot be loaded from {factory}: {err}"
            ) from err
    return factory(**config)


@register_coder("rules")
class RuleCoder:
    """Takes the trigger lexicon's proposal: the type and mode the trigger word stands for."""

    name = "rules"
    confidence = 0.8
    open_candidates = False  # a lexicon cannot type a verb it does not list

    def decide(self, candidates: Sequence[Candidate]) -> list[Decision | None]:
        decisions: list[Decision | None] = []
        for candidate in candidates:
            event = candidate.proposal.event
            if event not in EVENT_TYPES:
                decisions.append(None)
                continue
            mode = valid_mode(event, candidate.proposal.mode)
            decisions.append(Decision(event, mode, self.confidence))
        return decisions


# Back-ends that need a model load only when chosen (onnxruntime, or an HTTP endpoint).
CODERS["learned"] = "wirewatch.events.learned_coder:LearnedCoder"
CODERS["llm"] = "wirewatch.events.learned_coder:LLMCoder"
