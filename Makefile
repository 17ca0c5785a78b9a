# The two commands of the README: `make run` and `make test`. Everything else is for developers.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q
HEADLESS := QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software

.PHONY: run test lint bench bundle clean debian-packages

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip setuptools wheel

# Stamps record what is installed, so a second `make run` starts at once.
$(VENV)/.app-installed: $(PY) pyproject.toml setup.py
	$(PIP) install -e .
	touch $@

$(VENV)/.dev-installed: $(VENV)/.app-installed
	$(PIP) install -e '.[dev]'
	touch $@

# The Debian packages the suite needs (as root, through sudo, or one line saying what to run).
debian-packages:
	tools/install-debian-packages

run: $(VENV)/.app-installed
	$(PY) -m station_app run $(ARGS)

test: debian-packages $(VENV)/.dev-installed
	$(PY) -m ruff check .
	$(HEADLESS) $(PY) -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.dev-installed
	$(PY) -m ruff check .

bench: $(VENV)/.dev-installed
	$(HEADLESS) $(PY) -m benchmarks

bundle: $(VENV)/.dev-installed
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN --workpath build/pyinstaller --distpath dist build.spec

clean:
	rm -rf build dist .pytest_cache screenshots
