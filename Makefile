# Set-up is automatic: the first target that needs the tools creates .venv and installs the
# pinned development dependencies (pyproject.toml, [project.optional-dependencies] dev).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: generate generate-all check test typecheck corpus clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['optional-dependencies']['dev']))" > $(VENV)/requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r $(VENV)/requirements-dev.txt
	touch $(STAMP)

## generate: regenerate generated/ from schemas/ and coverage_matrix.yaml
generate: $(STAMP)
	$(PY) -m generator

## check: fail if the committed generated/ differs from a fresh generation
check: $(STAMP)
	$(PY) -m generator --check

## typecheck: mypy --strict on the generated package and the generator
typecheck: $(STAMP)
	$(PY) -m mypy --strict generated/ocpp201 generator

## test: drift check, the test suite, and the type checks
test: check
	$(PY) -m pytest -n 2 -q
	$(MAKE) --no-print-directory typecheck

## corpus: redraw the differential-test corpus with hypothesis-jsonschema (slow)
corpus: $(STAMP)
	$(PY) -m tests.corpus

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache
