"""Scorers: wirewatch's output against gold annotations (events, places, times)."""
