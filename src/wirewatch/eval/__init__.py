"""Scorers for wirewatch's layers against gold JSONL files (places, times, events)."""
