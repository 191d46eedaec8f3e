"""Forecasts: negotiation models over actors' positions, saliences and capabilities (issue 8).

Scenarios are YAML files (``scenario.py``); models live one family per module (``static.py``:
weighted mean, weighted median, Nash bargaining; ``exchange.py``; ``challenge.py``; ``fitted.py``)
and are listed in ``models.py``; ``run.py`` forecasts a scenario with all of them; ``backtest.py``
scores them on DEU III (``deu.py``, ``weights.py``); ``attention.py`` suggests saliences from a
wirewatch store. Nothing here needs spaCy.
"""
