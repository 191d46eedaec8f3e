"""Imports every module that registers a pipeline stage (a spaCy factory named ``ww_*``)."""

from wirewatch.actors import component as _actors  # noqa: F401
from wirewatch.events import component as _events  # noqa: F401
from wirewatch.geo import component as _geo  # noqa: F401
from wirewatch.timex import component as _timex  # noqa: F401
