"""The situation report: it renders, cites its evidence, and loads cleanly in headless Chromium."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from handcoded import load_documents, save_all
from wirewatch.report import build_report, render
from wirewatch.store import Store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("report") / "demo.db"
    with Store(str(path)) as store:
        save_all(store, load_documents())
    return path


@pytest.fixture(scope="module")
def html_report(demo_db, tmp_path_factory) -> Path:
    from wirewatch.cli import app

    out = tmp_path_factory.mktemp("html") / "report.html"
    result = CliRunner().invoke(app, ["report", "--db", str(demo_db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_report_states_the_headlines_and_links_every_claim(html_report):
    html = html_report.read_text(encoding="utf-8")
    assert "went quiet" in html and "RUS GOV" in html
    assert "Adra" in html and "no report yet" in html
    # Every evidence link points at a marked sentence inside the report itself.
    links = set(re.findall(r'href="#(doc-[^"]+)"', html))
    anchors = set(re.findall(r'<mark id="(doc-[^"]+)"', html))
    assert links and links <= anchors
    # The report is self-contained: no scripts, stylesheets or images from anywhere else.
    assert not re.search(r'(src|href)="(https?:)?//', html)
    assert html.count("<svg") >= 3  # activity, territory and dyad charts


def test_report_markdown_and_focus(demo_db):
    with Store(str(demo_db)) as store:
        report = build_report(store, focus=["IFR"])
        md = render(report, "md")
    assert md.startswith("# wirewatch situation report")
    assert "Focus: IFR" in md
    assert report.headlines and all(
        "IFR" in " ".join(filter(None, (s.actor, s.target))) for s in report.headlines
    )


def test_report_on_an_empty_store_says_so(tmp_path):
    with Store(str(tmp_path / "empty.db")) as store:
        html = render(build_report(store))
    assert "No signals in this store and period." in html


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium")
def test_report_screenshot_in_headless_chromium(html_report, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package")
    errors: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 900})
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(html_report.as_uri())
            assert page.title() == "wirewatch situation report"
            charts = page.locator("svg.chart")
            assert charts.count() >= 3
            box = charts.first.bounding_box()
            assert box is not None and box["width"] > 300 and box["height"] > 100
            assert page.locator("svg.chart rect.bar").count() > 0  # activity bars drawn
            assert page.locator("svg.chart circle.change").count() > 0  # territory markers
            shot = tmp_path / "report.png"
            page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
    assert errors == []
    assert shot.stat().st_size > 50_000  # a rendered page, not a blank one


def test_report_refuses_a_bad_date_and_format(demo_db, tmp_path):
    from wirewatch.cli import app

    runner = CliRunner()
    out = tmp_path / "r.html"
    bad_date = runner.invoke(
        app, ["report", "--db", str(demo_db), "--out", str(out), "--since", "2014-13-45"]
    )
    assert bad_date.exit_code == 2 and "date '2014-13-45' is not YYYY-MM-DD" in bad_date.output
    bad_format = runner.invoke(
        app, ["report", "--db", str(demo_db), "--out", str(out), "--format", "pdf"]
    )
    assert bad_format.exit_code == 2 and "unknown format 'pdf'" in bad_format.output
    assert not out.exists()
