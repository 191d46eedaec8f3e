"""The situation report: headline signals in plain sentences, charts, tables and the evidence."""

from wirewatch.report.build import Report, build_report
from wirewatch.report.render import FORMATS, render

__all__ = ["FORMATS", "Report", "build_report", "render"]
