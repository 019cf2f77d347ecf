"""Property tests: whatever a proposal does to a data file, `nqs validate` answers 0 or 1,
in time, with every problem located inside a file (tests/fuzzing.py makes the changes).

A short, derandomized run, the same on every machine and every day; benchmarks/fuzz.py runs
the same properties long and at random.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from tests.fuzzing import Mutation, check, mutations


@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(mutations())
def test_validate_answers_every_hostile_file(mutation: Mutation) -> None:
    assert check(mutation) == []
