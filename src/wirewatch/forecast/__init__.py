"""Forecasts: negotiation models over actors' positions, saliences and capabilities (issue 8).

Scenarios are YAML files (``scenario.py``); models live one family per module (``static.py``,
``exchange.py``, ``challenge.py``, ``fitted.py``) and are listed in ``models.py``; ``backtest.py``
scores them on DEU III (``deu.py``, ``weights.py``). Nothing here needs spaCy.
"""
