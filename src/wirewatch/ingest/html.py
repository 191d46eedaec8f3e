"""HTML pages to documents: trafilatura's main text, without comments, scripts or boilerplate."""

from __future__ import annotations

import trafilatura

from wirewatch.errors import EmptyDocument
from wirewatch.schema import Document


def html_to_document(html: str, *, doc_id: str, date: str | None, where: str) -> Document:
    extracted = trafilatura.bare_extraction(
        html,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
        favor_precision=True,
    )
    if extracted is None or not (extracted.text or "").strip():
        raise EmptyDocument("no article text found in the HTML page", where=where)
    page_date = extracted.date if extracted.date and len(extracted.date) >= 10 else None
    return Document(
        id=doc_id,
        text=extracted.text,
        date=date or page_date,
        title=extracted.title,
        source=extracted.sitename or extracted.hostname,
        url=extracted.url,
    )
