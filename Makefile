# Two commands set everything up on a fresh clone (Python 3.11+ and git):
#   make demo   install into .venv and check the bundled example drafts
#   make test   install into .venv and run the test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test bench fuzz model clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: $(BIN)/.installed
	$(BIN)/replycheck check examples/draft_en.txt; test $$? -le 1
	$(BIN)/replycheck check examples/draft_tr.txt; test $$? -le 1

test: $(BIN)/.installed
	$(BIN)/python -m pytest

bench: $(BIN)/.installed
	$(BIN)/python benchmarks/bench.py
	$(BIN)/python benchmarks/adversarial.py

# the property test of issue 12 with 100,000 generated drafts (FUZZ_EXAMPLES=… for more or fewer)
FUZZ_EXAMPLES ?= 100000
fuzz: $(BIN)/.installed
	REPLYCHECK_FUZZ=1 REPLYCHECK_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest -q tests/test_fuzz.py

# Rebuild the learned check's models (replycheck/learned/models/<lang>/) from training_data/
model: $(BIN)/.installed
	$(BIN)/python -m replycheck.learned.train

clean:
	rm -rf $(VENV) build dist *.egg-info
