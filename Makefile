# Two commands on a fresh machine with Python 3.11+ and make:
#   make demo   the sample records end to end (then the review app)
#   make test   the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,ocr]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/lifestory demo

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/pytest -n 2 --dist loadfile

lint: $(STAMP)
	$(BIN)/ruff check .

bench: $(STAMP)
	$(BIN)/python bench/extract_speed.py
	$(BIN)/python bench/pipeline_speed.py
	$(BIN)/python bench/redact_speed.py
	$(BIN)/python bench/accuracy.py
	$(BIN)/python bench/timeline_accuracy.py
	$(BIN)/python bench/tui_open.py

clean:
	rm -rf $(VENV) demo build *.egg-info
