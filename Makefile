# The two commands of the README: `make run` and `make test`. Everything else is for developers.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q
HEADLESS := QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software

COLLECTOR_VENV ?= .venv-collector
COLLECTOR_DB ?= collector.db

.PHONY: run test lint docs bench bundle clean debian-packages collector collector-venv

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

# Lint (ruff, qmllint), then every test in random order (pytest-randomly prints the seed;
# `make test PYTEST_ARGS="-p no:randomly"` keeps the file order).
test: debian-packages $(VENV)/.dev-installed
	$(PY) -m ruff check .
	$(HEADLESS) $(PY) tools/qmllint.py
	$(HEADLESS) $(PY) -m pytest $(PYTEST_ARGS)

# The collector on its own, as a server has it: no PySide6, only the `collector` extra.
$(COLLECTOR_VENV)/.installed: pyproject.toml setup.py
	$(PYTHON) -m venv $(COLLECTOR_VENV)
	$(COLLECTOR_VENV)/bin/python -m pip --disable-pip-version-check -q install \
		$$($(PYTHON) -c 'import tomllib; print(" ".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["collector"]))')
	$(COLLECTOR_VENV)/bin/python -m pip --disable-pip-version-check -q install --no-deps .
	touch $@

collector-venv: $(COLLECTOR_VENV)/.installed

collector: $(COLLECTOR_VENV)/.installed
	$(COLLECTOR_VENV)/bin/station-app collector serve --db $(COLLECTOR_DB) --host 127.0.0.1 --port 8787

lint: $(VENV)/.dev-installed
	$(PY) -m ruff check .
	$(HEADLESS) $(PY) tools/qmllint.py

# The facilitator guide's pictures (docs/images), taken from the real kiosk.
docs: $(VENV)/.dev-installed
	$(HEADLESS) $(PY) -m pytest -q -p no:randomly tests/qml/test_guide_screenshots.py \
		--update-guide-images

bench: $(VENV)/.dev-installed
	$(HEADLESS) $(PY) -m benchmarks

bundle: $(VENV)/.dev-installed
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN --workpath build/pyinstaller --distpath dist build.spec

clean:
	rm -rf build dist .pytest_cache screenshots
