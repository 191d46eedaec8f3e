"""Bytes to text: UTF-8 first, then a detected legacy encoding, or a clear refusal."""

from __future__ import annotations

from charset_normalizer import from_bytes

from wirewatch.errors import BinaryDocument, EmptyDocument, UndecodableDocument

# Control characters that never occur in prose; a few stray ones are tolerated.
_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b in _CONTROL)
    return controls > max(8, len(head) // 100)


def decode_bytes(data: bytes, *, where: str) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise ``BadInput`` naming ``where`` when that is impossible."""
    if not data.strip():
        raise EmptyDocument("empty document (no text)", where=where)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if looks_binary(data):
        raise BinaryDocument("binary file, not text", where=where)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None or best.chaos > 0.3:
        raise UndecodableDocument("not UTF-8 and no text encoding fits", where=where)
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError) as err:
        raise UndecodableDocument(
            f"not UTF-8; detected {best.encoding} but it does not decode ({err.reason})",
            where=where,
        ) from err


def decode_line(data: bytes, number: int, *, where: str) -> str:
    """One line of a JSONL file, which is UTF-8 by definition (a byte-order mark allowed on the
    first): lines are decoded one by one, so one bad line is named and the others still read."""
    if number == 1:
        data = data.removeprefix(b"\xef\xbb\xbf")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        reason = f"not UTF-8 text (byte {error.start + 1} of the line)"
        raise UndecodableDocument(reason, where=where) from None
