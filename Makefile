# Set-up is automatic: the first target that needs the tools creates .venv and installs the
# pinned dependency group it needs from pyproject.toml ([dependency-groups], PEP 735):
# `dev` for generate/check/test/docs, `bench` for bench, `fuzz` for fuzz.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-dev

PHONY_VERSIONS := ocpp16 ocpp21
.PHONY: generate $(PHONY_VERSIONS) check test lint typecheck corpus golden dist publish bench fuzz clean docs changelog-coverage

# $(VENV)/.installed-GROUP: the venv with dependency group GROUP installed (again when pyproject.toml changes)
$(VENV)/.installed-%: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) tools/dependency_group.py $* > $(VENV)/requirements-$*.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r $(VENV)/requirements-$*.txt
	touch $@

## generate: regenerate generated/ from schemas/ and coverage_matrix.yaml
generate: $(STAMP)
	$(PY) -m generator

## ocpp16, ocpp21: build the OCPP 1.6 or 2.1 package (every message) from its test fixture into
## out/<package>/ (not committed, not published): PYTHONPATH=out/ocpp16 imports it
$(PHONY_VERSIONS): %: $(STAMP)
	$(PY) -m generator --schemas tests/fixtures/$*/schemas \
		--matrix tests/fixtures/$*/coverage_matrix.yaml --all --out out/$*

## check: fail if the committed generated/ differs from a fresh generation
check: $(STAMP)
	$(PY) -m generator --check

## typecheck: mypy --strict on the generated package, the generator, examples, benchmarks and fuzz targets
typecheck: $(STAMP)
	MYPYPATH=generated $(PY) -m mypy --strict generated/ocpp201 generator examples benchmarks fuzz tools docs/hooks

## lint: black --check (the project's formatter) and ruff over everything written by hand; the
## GitHub workflows (which cannot run here) against their schema and zizmor's audits, offline
LINTED := generator templates/runtime tests benchmarks examples fuzz tools docs/hooks setup.py
lint: $(STAMP)
	$(PY) -m black --check --quiet $(LINTED)
	$(PY) -m ruff check --quiet $(LINTED)
	$(PY) -m check_jsonschema --quiet --builtin-schema vendor.github-workflows .github/workflows/*.yml
	$(PY) -m check_jsonschema --quiet --builtin-schema vendor.dependabot .github/dependabot.yml
	$(VENV)/bin/zizmor --offline --quiet --no-progress .github

## test: drift check, lint, the test suite, and the type checks
test: check
	$(MAKE) --no-print-directory lint
	$(PY) -m pytest -n 2 -q
	$(MAKE) --no-print-directory typecheck

## docs: the docs site into site/ (mkdocs.yml; --strict: a broken link or any warning fails it)
docs: $(STAMP)
	$(PY) -m mkdocs build --strict --quiet

## dist: build into dist/ the sdist, the pure wheel (py3-none-any) and, from the same source, the
## compiled wheel for this platform (mypyc; see setup.py), and check them; refuses stale bindings.
## Prints what it built, twine's verdict and the SHA-256 of each file; build output only on failure.
dist: check
	@rm -rf dist build generated/*.egg-info
	@$(REPRODUCIBLY); $(call quietly,$(PY) -m build --no-isolation --sdist --outdir dist .); \
	$(PY) tools/release.py normalize-sdist dist/*.tar.gz && \
	$(call quietly,$(PY) -m build --no-isolation --wheel --outdir dist dist/*.tar.gz) && \
	$(call quietly,$(PY) -m generator.compiled dist)
	@rm -rf build generated/*.egg-info
	@$(PY) -m twine --no-color check --strict dist/*
	@$(REPRODUCIBLY); $(PY) tools/release.py summary dist

# Reproducible distributions: two builds of one commit are byte-identical. Every timestamp is the
# last commit's (SOURCE_DATE_EPOCH, unless the environment sets it; 1980-01-01 outside a git
# checkout), files are created with umask 022, the sdist is normalised (tools/release.py) and the
# wheel is built from it.
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 315532800)
REPRODUCIBLY = export SOURCE_DATE_EPOCH=$(SOURCE_DATE_EPOCH); umask 022
# $(call quietly,COMMAND): run COMMAND, showing its output only when it fails (no commas in COMMAND)
quietly = out=$$($(1) 2>&1) || { printf '%s\n' "$$out" >&2; exit 1; }

## publish: upload dist/* with twine to TWINE_REPOSITORY, a repository twine knows by name (default
## pypi; testpypi, or one of ~/.pypirc), or to TWINE_REPOSITORY_URL from the environment when set
## (credentials: TWINE_USERNAME, TWINE_PASSWORD). Not a compiled wheel tagged `linux_*` (this
## machine's): public indexes refuse the tag (they take manylinux wheels, e.g. from cibuildwheel).
TWINE_REPOSITORY ?= pypi
publish: dist
	@if [ -z "$$TWINE_USERNAME" ] || [ -z "$$TWINE_PASSWORD" ]; then \
		echo "error: set TWINE_USERNAME and TWINE_PASSWORD (for an API token: TWINE_USERNAME=__token__)" >&2; exit 1; fi
	@target="$${TWINE_REPOSITORY_URL:-$(TWINE_REPOSITORY)}"; \
	echo "uploading $$(ls dist | grep -v -- '-linux_' | tr '\n' ' ')to $$target"; \
	$(PY) -m twine upload --non-interactive --disable-progress-bar --repository "$(TWINE_REPOSITORY)" $$(ls dist/* | grep -v -- '-linux_') \
		|| { echo "error: upload to $$target failed (see twine's reason above; 401/403: wrong credentials)" >&2; exit 1; }; \
	echo "uploaded to $$target"

## changelog-coverage: the coverage part of a release's CHANGELOG.md entry: messages added and
## removed, with their data types and enumerations, from generated/SUPPORT.md at two git revisions
## (FROM: the last release's tag, empty for the first release; TO: HEAD unless given)
TO ?= HEAD
changelog-coverage:
	@if [ "$(origin FROM)" = undefined ]; then \
		echo "error: set FROM=<the last release's tag> (FROM= for the first release)" >&2; exit 2; fi
	@$(PYTHON) tools/changelog.py "$(FROM)" "$(TO)"

## corpus: redraw the differential-test corpus with hypothesis-jsonschema (slow)
corpus: $(STAMP)
	$(PY) -m tests.support.corpus

## golden: accept the emitted code of the golden cases (tests/golden/*/expected) after a deliberate change
golden: $(STAMP)
	UPDATE_GOLDEN=1 $(PY) -m pytest -q -p no:cacheprovider tests/test_golden.py

## bench: time ocpp201 against its peers into benchmarks/RESULTS.md (BENCH_ARGS=--quick: smoke run)
bench: $(STAMP) $(VENV)/.installed-bench
	$(PY) -m benchmarks $(BENCH_ARGS)

## fuzz: coverage-guided fuzzing of loads() and rpc.parse_frame(), FUZZ_SECONDS each (not part of test)
FUZZ_SECONDS ?= 60
fuzz: $(STAMP) $(VENV)/.installed-fuzz
	$(PY) fuzz/fuzz_ocpp201.py seeds fuzz/.seeds
	$(PY) fuzz/fuzz_ocpp201.py loads -max_total_time=$(FUZZ_SECONDS)
	$(PY) fuzz/fuzz_ocpp201.py parse_frame -max_total_time=$(FUZZ_SECONDS) fuzz/.seeds

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .cache dist build site
