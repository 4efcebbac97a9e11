# Two commands for a new user: `make run` and `make test`. Each builds its own virtualenv.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test bench venv clean

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --config-settings editable_mode=compat -c constraints.txt -e '.[dev]'
	touch $@

## run: the service on http://127.0.0.1:8080 with Hedong district demo agencies (SQLite under instance/) and its worker
run: venv
	$(BIN)/referral-service demo

## test: the whole suite on SQLite, and on PostgreSQL too when REFERRAL_TEST_DATABASE_URL is set
test: venv
	$(BIN)/python -m pytest $(PYTEST_ARGS)

## bench: load benchmark against PostgreSQL (SMOKE=1 for a small, quick run); installs wrk when missing
bench: venv
	@command -v wrk >/dev/null || apt-get install -y wrk || echo "wrk is not installed; only SMOKE=1 can run (with a Python load generator)"
	$(BIN)/python -m bench.run $(if $(SMOKE),--smoke,)

clean:
	rm -rf $(VENV) instance .pytest_cache
