"""Places: the gazetteer, the ``ww_places`` stage (recognise and resolve), event locations.

Nothing heavy is imported here; the gazetteer is opened when a pipeline adds the stage.
"""
