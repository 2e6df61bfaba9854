# The two commands a new user needs: `make run` and `make test`.
# Each creates .venv and installs the project on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SCREENSHOT_DIR ?= docs/screenshots

.PHONY: run test lint typecheck samples screenshots bench dist dist-test clean ts qm

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP) qm
	@$(BIN)/python packaging/check_system_libs.py  # Qt's xcb libraries; prints the apt/dnf command
	$(BIN)/btvcrm

lint: $(STAMP)
	$(BIN)/ruff check btvcrm tests bench
	$(BIN)/mypy

test: $(STAMP) lint qm
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

samples: $(STAMP)
	$(BIN)/python -m btvcrm.reports.demo_samples docs/samples

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m btvcrm.ui.screenshots $(SCREENSHOT_DIR)

bench: $(STAMP)
	nice -n 10 $(BIN)/python bench/run_all.py

# Translations (docs/translation.md). `make ts` after changing strings in the code: lupdate
# refreshes resources/translations/*.ts and lists what is unfinished; translate those in
# Qt Linguist (.venv/bin/pyside6-linguist resources/translations/btvcrm_nb.ts), commit the
# .ts. `make qm` compiles them into the .qm files the app loads (not in git; run and test
# do it, and so does the app itself when started from source).
ts: $(STAMP)
	$(BIN)/python -m btvcrm.i18n --update --compile

qm: $(STAMP)
	$(BIN)/python -m btvcrm.i18n --compile --quiet

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache

dist: $(STAMP)
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6.6'  # not '.[dist]': that would replace the editable install
	$(BIN)/pyinstaller --noconfirm --clean btvcrm.spec

dist-test: dist
	bash packaging/dist_test.sh dist/btvcrm/btvcrm
