"""Scorers for events, places and times against gold JSONL."""
