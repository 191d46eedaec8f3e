"""Actors: the dictionary (``data/actors/*.jsonl``), alias matching and the resolver behind the
``ww_actors`` stage (names, metonyms, titles, possessives, generic agents, pronouns, roles that
hold over dates)."""
