"""OpenAPI-driven fuzzing of the running collector: no input may cause a 5xx.

schemathesis reads the document the collector serves and generates valid and invalid
requests for every operation; hypothesis keeps the run small and reproducible.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.e2e.collector_process import CollectorProcess

pytestmark = pytest.mark.slow

MAX_EXAMPLES = 40


@pytest.fixture(scope="module")
def collector(tmp_path_factory, module_collector_db):
    db, folder = module_collector_db, tmp_path_factory.mktemp("fuzz")
    # A generous page rate, so the fuzzer reaches the handlers instead of the rate limiter.
    with CollectorProcess(db, None, "--page-rate", "100000",
                          log=folder / "collector.log") as running:
        yield running


def test_no_input_causes_a_server_error(collector):
    schema = schemathesis.openapi.from_url(f"{collector.url}/api/v1/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.label for op in operations} >= {"POST /api/v1/batches", "GET /k/{code}"}
    failures: list[str] = []
    statuses: list[int] = []
    for operation in operations:
        strategy = st.one_of(
            operation.as_strategy(),
            operation.as_strategy(generation_mode=schemathesis.GenerationMode.NEGATIVE),
        )

        @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        @given(case=strategy)
        def check(case: schemathesis.Case) -> None:
            response = case.call(base_url=collector.url, timeout=10)
            statuses.append(response.status_code)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path} -> "
                                f"{response.status_code}: {response.text[:200]}")
            assert response.status_code < 500

        check()
    assert not failures
    assert len(statuses) >= 3 * len(operations), "the fuzzer hardly ran"
    assert {201, 200} & set(statuses) and {400, 404, 415, 422} & set(statuses)
    assert collector.process is not None and collector.process.poll() is None
