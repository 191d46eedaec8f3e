"""Render a ``Report`` to self-contained HTML (inline CSS and SVG) or to Markdown."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from wirewatch.report.build import Report, evidence_anchor

TEMPLATES = Path(__file__).resolve().parent / "templates"
FORMATS = ("html", "md")


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(enabled_extensions=("html", "html.jinja")),
        undefined=StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=False,
    )
    env.globals["anchor"] = evidence_anchor
    return env


def render(report: Report, format: str = "html") -> str:
    if format not in FORMATS:
        from wirewatch.errors import ConfigError

        raise ConfigError(f"unknown report format {format!r}; use html or md")
    template = _environment().get_template(f"report.{format}.jinja")
    return template.render(report=report)
