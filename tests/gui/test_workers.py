"""Background jobs: a job that ends after its signals object is gone says nothing and raises nothing."""

from __future__ import annotations

import pytest
import shiboken6

from designer.gui.workers import Job

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("outcome", ["done", "failed", "progress"])
def test_a_job_finishing_after_the_application_let_go_of_its_signals_does_not_raise(qapp, outcome):
    def work(progress):
        if outcome == "progress":
            progress(0.5)
        if outcome == "failed":
            raise ValueError("boom")
        return 1

    job = Job(work)
    shiboken6.delete(job.signals)  # what closing the application does to it while the job runs
    job.run()  # on the old code: RuntimeError "Signal source has been deleted"
    assert not shiboken6.isValid(job.signals)


def test_a_job_still_reports_its_result(qtbot, qapp):
    job = Job(lambda _progress: 42)
    with qtbot.waitSignal(job.signals.done, timeout=1000) as blocker:
        job.run()
    assert blocker.args == [42]
