"""PLOVER events and statements from a parsed, annotated document (stage ``ww_events``).

How a record is made, one module per step:

``lexicon``     trigger words (verbs, nouns, phrasal verbs, noun compounds) -> proposed type/mode
``candidates``  trigger + actor (subject, passive agent, possessor, "between A and B") +
                recipient (object or the trigger's preposition) + place argument
``statements``  speech verbs and nouns -> speaker, content, about, topics; accusations in them
``coders``      the registry of back-ends that decide each candidate's type (``rules``; a
                learned classifier plugs in beside it)
``modality``    auxiliary modes: negation, hypothetical, future, historical
``places``      the place argument, a locative phrase, else the nearest place in the clause
``ontology``    the 16 PLOVER types, modes, quad classes, scores, contexts
``records``     ``Event`` / ``Statement`` records with dates, places, modes and confidence;
                dates come from the time stage's ``wirewatch.timex.event_date`` (the clause's
                expression, else one framing the sentence, else the document date)
``component``   the spaCy factory that runs the steps once per document
"""
