# wirewatch: `make demo` runs the main job on the embedded default; `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python

.PHONY: install dev demo test lint format lock train train-check train-geo bench clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade "pip>=24"

# Runtime dependencies, exactly as locked (versions and hashes), then the package itself.
$(VENV)/.installed: $(BIN)/activate requirements.lock pyproject.toml
	$(PY) -m pip install -q --require-hashes -r requirements.lock
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.dev-installed: $(VENV)/.installed requirements-dev.lock
	$(PY) -m pip install -q --require-hashes -r requirements-dev.lock
	touch $@

install: $(VENV)/.installed

dev: $(VENV)/.dev-installed

demo: install
	$(BIN)/wirewatch demo --db wirewatch.db
	$(BIN)/wirewatch signals --db wirewatch.db
	$(BIN)/wirewatch report --db wirewatch.db --out report.html

test: dev
	$(BIN)/ruff check src tests benchmarks
	$(PY) -m pytest -q

lint: dev
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

format: dev
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

# Regenerate the lock files from pyproject.toml (needs `pip install uv`).
lock:
	uv pip compile pyproject.toml --generate-hashes --python-version 3.11 -q -o requirements.lock
	uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 -q -o requirements-dev.lock

# Rebuild the learned event classifier (int8 ONNX) in a training venv outside the repository.
# CPU only; about 8 minutes for the shipped model at light load, 40 more with --cv (5 folds), on 2 cores. See src/wirewatch/data/models/plover-minilm/DATA_CARD.md.
TRAIN_VENV ?= $(abspath ..)/wirewatch-train-venv
MODEL_DIR := src/wirewatch/data/models/plover-minilm

$(TRAIN_VENV)/.installed: training/requirements.txt
	$(PYTHON) -m venv $(TRAIN_VENV)
	$(TRAIN_VENV)/bin/pip install -q -r training/requirements.txt
	touch $@

# The rule pipeline's candidates (project venv, spaCy) feed both trainers: marked triggers for the
# classifier, triggers for the mode model (numpy, seconds). The actor finder (numpy, off unless
# asked for: LearnedCoder(actor_min=…)) learns from the written trigger set and judged news.
train: $(TRAIN_VENV)/.installed install
	PYTHONPATH=src nice -n 10 $(PY) training/pipeline_inputs.py build/pipeline_inputs.jsonl
	HF_HUB_OFFLINE=1 PYTHONPATH=src nice -n 10 $(TRAIN_VENV)/bin/python \
		training/train_classifier.py --out $(MODEL_DIR)
	PYTHONPATH=src nice -n 10 $(PY) training/train_modes.py --out $(MODEL_DIR)
	PYTHONPATH=src nice -n 10 $(PY) training/train_actor_finder.py --out $(MODEL_DIR) \
		--judged benchmarks/data/guardian_judged
	$(PY) training/score_slice.py $(MODEL_DIR)

# Does `make train` still reproduce the shipped artifact? The same steps into build/ (the shipped
# model is left alone), then tests/test_train_rebuild.py compares the rebuild with the card.
REBUILT_DIR := build/train-check
train-check: $(TRAIN_VENV)/.installed dev
	PYTHONPATH=src nice -n 10 $(PY) training/pipeline_inputs.py build/pipeline_inputs.jsonl
	HF_HUB_OFFLINE=1 PYTHONPATH=src nice -n 10 $(TRAIN_VENV)/bin/python \
		training/train_classifier.py --out $(REBUILT_DIR)
	PYTHONPATH=src nice -n 10 $(PY) training/train_modes.py --out $(REBUILT_DIR)
	$(PY) training/score_slice.py $(REBUILT_DIR)
	WIREWATCH_REBUILT_MODEL=$(REBUILT_DIR) $(PY) -m pytest -q tests/test_train_rebuild.py

# Rebuild the geoparser's candidate ranker from the shared geo dev splits (numpy only, in the
# project venv): parses them once (cached), prints 5-fold CV figures, writes the shipped model.
# About 3 minutes on 2 cores. See src/wirewatch/data/places/RANKER.md.
train-geo: install
	PYTHONPATH=src nice -n 10 $(PY) training/train_geo_ranker.py

bench: install
	$(PY) benchmarks/throughput.py

clean:
	rm -rf $(VENV) report.html wirewatch.db wirewatch.db-wal wirewatch.db-shm .pytest_cache .ruff_cache
