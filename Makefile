# Two commands for a new user: `make run` and `make test`. Each builds its own virtualenv.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench venv clean client

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --config-settings editable_mode=compat -c constraints.txt -e '.[dev]'
	touch $@

HOST ?= 127.0.0.1
PORT ?= 8080

## run: the service on http://$(HOST):$(PORT) (make run HOST=0.0.0.0 PORT=9000) with Hedong district demo agencies (SQLite under instance/) and its worker
run: venv
	$(BIN)/referral-service demo --host $(HOST) --port $(PORT)

## test: lint the contract, then the whole suite on SQLite, and on PostgreSQL too when REFERRAL_TEST_DATABASE_URL is set,
## in parallel: one pytest-xdist worker per core, at most 4 (PYTEST_WORKERS=0 runs it in one process)
PYTEST_WORKERS ?= auto
test: venv lint
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --maxprocesses=4 $(PYTEST_ARGS)

## lint: openapi.yaml through Redocly (redocly.yaml) and Spectral (.spectral.yaml); any warning fails
REDOCLY := npx --yes @redocly/cli@2.77.0
SPECTRAL := npx --yes @stoplight/spectral-cli@6.16.3
lint:
	$(REDOCLY) lint --config redocly.yaml openapi.yaml
	$(SPECTRAL) lint --fail-severity=warn -r .spectral.yaml openapi.yaml

## bench: load benchmark against PostgreSQL (SMOKE=1 for a small, quick run); installs wrk when missing
bench: venv
	@command -v wrk >/dev/null || apt-get install -y wrk || echo "wrk is not installed; only SMOKE=1 can run (with a Python load generator)"
	$(BIN)/python -m bench.run $(if $(SMOKE),--smoke,)

## client: regenerate the Python SDK's generated package clients/python/referral_client from openapi.yaml
client: venv
	$(BIN)/openapi-python-client generate --path openapi.yaml --config clients/python/generator.yaml \
		--meta none --output-path clients/python/referral_client --overwrite

clean:
	rm -rf $(VENV) instance .pytest_cache
