"""Readers: files, directories and stdin in, ``Document`` objects (or clear failures) out."""

from wirewatch.ingest.readers import ReadResult, read_paths, read_stream

__all__ = ["ReadResult", "read_paths", "read_stream"]
