# Everything a fresh machine needs: `make run` and `make test` create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint bench screenshots translations clean package install-desktop uninstall-desktop

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 10))' || \
		{ echo "Relief Journal needs Python 3.10 or newer (found $$($(PYTHON) --version))."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed-app: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,dev]'
	@touch $@ $(VENV)/.installed-app

run: $(VENV)/.installed-app
	@$(BIN)/python -m journal_app.qt_check
	$(BIN)/python main.py $(ARGS)

test: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy journal_app

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

screenshots: $(VENV)/.installed-app
	$(BIN)/python docs/make_screenshots.py

# resources/i18n: refresh the .ts sources from the code (lupdate), compile the .qm files
# (lrelease), and fail on any string not yet translated in every shipped language.
translations: $(VENV)/.installed-app
	$(BIN)/python resources/i18n/update.py --check

$(VENV)/.installed-package: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[package]'
	@touch $@ $(VENV)/.installed-app

# The frozen one-folder app in dist/relief-journal/, then its smoke test (packaging/README.md).
package: $(VENV)/.installed-package
	PYTHON=$(BIN)/python packaging/build.sh

# The menu entry, icons and metainfo under ~/.local/share, starting the frozen build if
# there is one, else the virtualenv's relief-journal.
install-desktop: $(VENV)/.installed-app
	$(PYTHON) packaging/install_desktop.py install

uninstall-desktop:
	$(PYTHON) packaging/install_desktop.py uninstall

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache .hypothesis
