"""Readers and bad input: each failure names the document and the reason; the batch goes on."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pytest
from tests.conftest import SEED_TXT, needs_shared

from wirewatch.errors import (
    BinaryDocument,
    DocumentTooLarge,
    EmptyDocument,
    MalformedRecord,
    UndecodableDocument,
    UnsupportedInput,
)
from wirewatch.ingest import read_paths, read_stream

LIMIT = 2_000_000

ARABIC = "قال وزير الخارجية السوري إن الوفد سيحضر مؤتمر جنيف في الثاني والعشرين من يناير."
FRENCH = "Le ministre français a déclaré que la conférence de Genève aurait lieu à Montreux."


def read_all(*paths, **kw):
    return list(read_paths([str(p) for p in paths], max_chars=kw.pop("max_chars", LIMIT), **kw))


def test_txt_id_is_stem_and_date_comes_from_option(tmp_path: Path):
    path = tmp_path / "lavrov-call.txt"
    path.write_text("Lavrov spoke with Kerry by telephone on Thursday.", encoding="utf-8")
    (result,) = read_all(path, date="2014-01-10")
    assert result.ok
    assert result.document.id == "lavrov-call"
    assert result.document.date == "2014-01-10"
    assert result.document.text.startswith("Lavrov spoke")


@needs_shared
def test_seed_txt_and_jsonl_are_the_same_text():
    (txt,) = read_all(SEED_TXT, date="2014-01-10")
    (jsonl,) = read_all(SEED_TXT.with_suffix(".jsonl"))
    assert jsonl.document.id == "seed-geneva-ii"
    assert jsonl.document.title == "Why is Russia silent on Geneva II?"
    assert txt.document.text == jsonl.document.text
    assert txt.document.hash == jsonl.document.hash


def test_jsonl_reads_every_line_and_names_the_malformed_one(tmp_path: Path):
    path = tmp_path / "batch.jsonl"
    good = {"id": "a", "text": "Russia said the talks would go ahead.", "date": "2014-01-09"}
    path.write_text(
        json.dumps(good)
        + "\n"
        + '{"id": "b", "text": "unterminated'
        + "\n"
        + json.dumps({"id": "c", "text": "Iran was not invited."})
        + "\n"
        + json.dumps({"text": "no id here"})
        + "\n"
        + json.dumps({"id": "e", "text": "bad date", "date": "10/01/2014"})
        + "\n",
        encoding="utf-8",
    )
    results = read_all(path)
    assert [r.document.id for r in results if r.ok] == ["a", "c"]
    errors = {r.where: r.error for r in results if not r.ok}
    assert set(errors) == {f"{path}:2", f"{path}:4", f"{path}:5"}
    assert isinstance(errors[f"{path}:2"], MalformedRecord)
    assert "malformed JSON" in str(errors[f"{path}:2"])
    assert "lacks id" in str(errors[f"{path}:4"])
    assert "not ISO 8601" in str(errors[f"{path}:5"])
    assert str(path) in str(errors[f"{path}:4"])


def test_json_array_file(tmp_path: Path):
    path = tmp_path / "two.json"
    path.write_text(
        json.dumps([{"id": 1, "text": "One."}, {"id": "two", "text": "Two."}]), encoding="utf-8"
    )
    assert [r.document.id for r in read_all(path)] == ["1", "two"]


def test_stdin_jsonl():
    stream = io.StringIO(json.dumps({"id": "s1", "text": "Assad forces shelled Homs."}) + "\n")
    (result,) = list(read_stream(stream, max_chars=LIMIT))
    assert result.document.id == "s1"


def test_html_main_text_without_scripts_or_comments(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(
        """<!doctype html><html><head><title>Rebels seize Adra</title>
        <meta property="og:url" content="https://example.org/adra">
        <meta name="date" content="2013-12-12">
        <script>document.write('<p>INJECTED</p>'); fetch('http://evil.example')</script>
        <style>p { color: red }</style></head>
        <body onload="alert(1)"><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
        <article><h1>Rebels seize Adra</h1>
        <p>Syrian insurgents took control of the industrial town of Adra, north-east of Damascus,
        on Wednesday after days of fighting with regime forces, activists said.</p>
        <p>The Syrian Observatory for Human Rights said dozens of people were killed in the town,
        which lies on the road from the capital to Homs.</p>
        <iframe src="http://evil.example/frame"></iframe><img src=x onerror="alert(2)">
        </article>
        <div class="comments"><p>Comment by troll: this is all lies!!!</p></div>
        <script>alert('tail')</script></body></html>""",
        encoding="utf-8",
    )
    (result,) = read_all(path)
    assert result.ok, result.error
    doc = result.document
    assert doc.id == "page"
    assert "took control of the industrial town of Adra" in doc.text
    assert "INJECTED" not in doc.text and "alert" not in doc.text and "fetch" not in doc.text
    assert doc.title == "Rebels seize Adra"
    assert doc.date == "2013-12-12"


def test_directories_are_read_recursively_skipping_hidden_and_unknown(tmp_path: Path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text("Kerry met Lavrov.", encoding="utf-8")
    (tmp_path / "a" / "b" / "two.txt").write_text("Jarba met Kerry.", encoding="utf-8")
    (tmp_path / "a" / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / "a" / "notes.md").write_text("# notes", encoding="utf-8")
    assert sorted(r.document.id for r in read_all(tmp_path)) == ["one", "two"]


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("latin-1", FRENCH),
        ("cp1252", FRENCH + " \u201cWe will attend\u201d \u2014 he said."),
        ("cp1256", ARABIC),
    ],
)
def test_legacy_encodings_are_detected_and_decoded(tmp_path: Path, encoding: str, text: str):
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes((text + "\n").encode(encoding) * 3)
    (result,) = read_all(path)
    assert result.ok, result.error
    assert text in result.document.text


def test_empty_file(tmp_path: Path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n\n")
    (result,) = read_all(path)
    assert isinstance(result.error, EmptyDocument)
    assert str(path) in str(result.error) and "empty" in str(result.error)


def test_binary_file(tmp_path: Path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (result,) = read_all(path)
    assert isinstance(result.error, BinaryDocument)
    assert "binary" in str(result.error)


def test_undecodable_bytes_are_refused(tmp_path: Path):
    path = tmp_path / "noise.txt"
    # High bytes and spaces, no control characters: not binary, but no encoding fits.
    rng = random.Random(7)
    path.write_bytes(bytes(rng.choice([*range(0x80, 0x100), *[0x20] * 10]) for _ in range(3000)))
    (result,) = read_all(path)
    assert isinstance(result.error, UndecodableDocument)
    assert str(path) in str(result.error)


def test_huge_file_is_refused_before_it_is_read(tmp_path: Path):
    path = tmp_path / "huge.txt"
    line = "Government forces shelled the town again on Tuesday, residents said. " * 14 + "\n"
    with path.open("w", encoding="utf-8") as handle:
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(line * 1000)
    (result,) = read_all(path, max_chars=5_000_000)
    assert isinstance(result.error, DocumentTooLarge)
    assert "--max-chars" in str(result.error)


def test_document_over_the_character_cap(tmp_path: Path):
    path = tmp_path / "long.jsonl"
    path.write_text(json.dumps({"id": "long", "text": "x " * 600}) + "\n", encoding="utf-8")
    (result,) = read_all(path, max_chars=1000)
    assert isinstance(result.error, DocumentTooLarge)
    assert "long" in str(result.error)


def test_missing_and_unsupported(tmp_path: Path):
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    missing, unsupported = read_all(tmp_path / "nope.txt", tmp_path / "report.pdf")
    assert "no such file" in str(missing.error)
    assert isinstance(unsupported.error, UnsupportedInput)
