# usegate: `make run` runs the main job, `make test` runs the whole suite.
# Both install what they need into .venv first (idempotent; quick when nothing changed).
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: bench-instructions install run check test lint bench bench-console screenshots train-purpose train-reader eval-reading clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip setuptools wheel

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[vision,gateway,postgres,console,dev,litellm]'
	@scripts/install_chromium.sh
	touch $(STAMP)

install: $(STAMP)

# the gateway on the embedded default (SQLite, examples/usegate.yaml) in front of
# $OPENAI_BASE_URL, or of the bundled demo upstream when none is set
run: install
	scripts/run.sh

# decide the bundled example cases offline
check: install
	$(BIN)/usegate check examples/cases.jsonl

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check src tests scripts bench
	$(BIN)/ruff format --check src tests scripts bench

bench: install
	$(BIN)/python bench/bench_decide.py
	$(BIN)/python bench/bench_purpose.py
	$(BIN)/python bench/bench_images.py
	$(BIN)/python bench/bench_request_images.py
	$(BIN)/python bench/bench_gateway.py
	$(BIN)/python bench/bench_reading.py

# a screenshot of each console page over a synthetic log, into screenshots/
screenshots: install
	$(BIN)/python scripts/console_screenshots.py screenshots

# console pages over a 1,000,000-record SQLite log (p95 per page; bench/results/console.json)
bench-console: install
	$(BIN)/python bench/bench_console.py

# instructions per gateway request (valgrind's callgrind): a figure that does not drift
bench-instructions: install
	bash bench/gateway_instructions.sh

# retrain the semantic reader's heads from data/reading/train and the retired blind splits
# (calibrated on writers d and e, held out while fitting the calibration model; 70 % of the
# records shown without their rule-cue counts, so the heads learn to read the words), then the
# encoder-free heads of the cascade (reader-v1-fast: n-grams and rule cues only)
train-reader: install
	$(BIN)/python scripts/train_reader.py --train data/reading/train --train data/reading/blind \
		--train data/reading/blind2 --train data/reading/blind3 --train data/reading/blind4 --train data/reading/blind5 --train data/reading/blind6 --train data/reading/blind7 --train data/reading/blind8 --train data/reading/dev2 --train data/reading/blind9 --train data/reading/blind10 --train data/reading/blind11 --train data/reading/blind12 --train data/reading/blind13 --train data/reading/blind14 --train data/reading/blind15 --train data/reading/blind16 --train data/reading/blind17 --train data/reading/blind18 --train data/reading/blind19 --train data/reading/blind20 --train data/reading/blind21 --train data/reading/blind22 --rule-dropout 0.7 --calibrate-on d,e --thresholds fr_true=0.55,fr_false=0.45,speaks=0.5,real_time_speaks=0.7
	$(BIN)/python scripts/train_reader.py --train data/reading/train --train data/reading/blind \
		--train data/reading/blind2 --train data/reading/blind3 --train data/reading/blind4 --train data/reading/blind5 --train data/reading/blind6 --train data/reading/blind7 --train data/reading/blind8 --train data/reading/dev2 --train data/reading/blind9 --train data/reading/blind10 --train data/reading/blind11 --train data/reading/blind12 --train data/reading/blind13 --train data/reading/blind14 --train data/reading/blind15 --train data/reading/blind16 --train data/reading/blind17 --train data/reading/blind18 --train data/reading/blind19 --train data/reading/blind20 --train data/reading/blind21 --train data/reading/blind22 --rule-dropout 0.7 --calibrate-on d,e --thresholds fr_true=0.55,fr_false=0.45,speaks=0.5,real_time_speaks=0.75 \
		--ablate encoder --out src/usegate/reading/artifacts/reader-v1-fast

# decide the blind split end to end; prints aggregates only (never a case)
eval-reading: install
	$(BIN)/python scripts/eval_reading.py data/reading/blind23 --blind --out bench/results/reading_blind23.json

# the n-gram purpose model of issue 3 (the baseline `scripts/eval_reading.py --option ngram` compares against)
train-purpose: install
	$(BIN)/python scripts/gen_purpose_train.py
	$(BIN)/python scripts/train_purpose.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
