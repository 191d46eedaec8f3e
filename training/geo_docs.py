"""Parse the geo dev splits once and keep the spaCy docs (DocBin) so experiments and the ranker's
training cost seconds, not minutes.

    python training/geo_docs.py [--cache DIR] [--corpora gwn trnews lgl]

Docs are stored per corpus as ``DIR/{corpus}.spacy`` beside a fingerprint of the model and the
gold file; a stale or missing file is reparsed.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

from spacy.tokens import DocBin

ROOT = Path(__file__).resolve().parents[1]
GEO = ROOT.parent / "shared" / "data" / "geo"
CORPORA = ("gwn", "trnews", "lgl")


def default_cache() -> Path:
    from wirewatch.geo.gazetteer import cache_dir

    return cache_dir() / "geo-docs"


def parsed(corpus: str, cache: Path | None = None):
    """(gold documents, parsed docs) of one dev split, parsing only when the cache is stale."""
    from wirewatch.config import Settings
    from wirewatch.eval.geo import read_gold
    from wirewatch.nlp import load_nlp

    settings = Settings()
    nlp = load_nlp(settings.model)
    path = GEO / f"{corpus}_dev.jsonl"
    gold = list(read_gold(path))
    cache = cache or default_cache()
    stamp = hashlib.sha256(
        path.read_bytes() + settings.model.encode() + nlp.meta.get("version", "").encode()
    ).hexdigest()[:16]
    target = cache / f"{corpus}-{stamp}.spacy"
    if target.exists():
        docs = list(DocBin().from_disk(target).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe((g.document.text for g in gold), batch_size=settings.batch_size))
        cache.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=False, docs=docs).to_disk(target)
    return gold, docs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--corpora", nargs="+", default=list(CORPORA))
    args = parser.parse_args()
    for corpus in args.corpora:
        gold, docs = parsed(corpus, args.cache)
        print(f"{corpus}: {len(docs)} docs, {sum(len(d) for d in docs)} tokens")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
