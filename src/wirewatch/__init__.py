"""wirewatch: who did and said what, to whom, where and when — and what changed."""

__version__ = "0.1.0"
