"""Running the time stage on its own: the pipeline for ``wirewatch timex`` and ``eval timex``, and
the output line of one coded document (the design's JSON contract)."""

from __future__ import annotations

from wirewatch.pipeline import Coded, Pipeline

FIELDS = ("text", "start", "end", "type", "value")

# Base components ``ww_timex`` does not need. It reads entity types only as hints (a year
# the NER calls MONEY is no year), so the standalone command skips the entity recogniser, which
# is about half of the parse time of en_core_web_sm; in the full pipeline the entities are
# there anyway for the actor stage.
UNUSED_ALONE = ("ner",)


def timex_pipeline(anchor: str = "auto", *, with_entities: bool = False) -> Pipeline:
    """A ``Pipeline`` with only ``ww_timex``, loaded once; without NER unless asked."""
    pipeline = Pipeline(stages=["ww_timex"], stage_config={"ww_timex": {"anchor": anchor}})
    if not with_entities:
        for name in UNUSED_ALONE:
            if name in pipeline.nlp.pipe_names:
                pipeline.nlp.disable_pipe(name)
    return pipeline


def timex_line(coded: Coded) -> dict:
    """``{"doc_id", "timexes": [{text, start, end, type, value}]}``; ``mod`` added where set."""
    timexes = []
    for ref in coded.timexes:
        item = {name: getattr(ref, name) for name in FIELDS}
        if ref.mod:
            item["mod"] = ref.mod
        timexes.append(item)
    return {"doc_id": coded.document.id, "timexes": timexes}
