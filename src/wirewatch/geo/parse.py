"""``geoparse``: documents in, their places out — the library side of ``wirewatch geoparse``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from wirewatch.pipeline import Failure, Pipeline
from wirewatch.schema import Document, Place

# Only the stages places need: the parse and ww_places (times are not read by the geoparser).
STAGES = ("ww_places",)


@dataclass
class Geoparsed:
    doc_id: str
    places: list[Place]

    def to_json(self) -> dict:
        return {
            "doc_id": self.doc_id,
            "places": [p.model_dump(exclude_none=False) for p in self.places],
        }


def geoparse_pipeline(pipeline: Pipeline | None = None) -> Pipeline:
    return pipeline or Pipeline(stages=STAGES)


def geoparse(
    documents: Iterable[Document], pipeline: Pipeline | None = None
) -> Iterator[Geoparsed | Failure]:
    """Places of each document, in input order; a ``Failure`` for a document that broke."""
    for item in geoparse_pipeline(pipeline).code(documents):
        if isinstance(item, Failure):
            yield item
        else:
            yield Geoparsed(item.document.id, item.places)
