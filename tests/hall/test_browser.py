"""The phone page in a real headless browser (Debian's chromium through chromium-driver and Selenium).

Each step checks the project file on disk afterwards: what the resident saw confirmed is what was saved.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from designer.hall.store import BallotStore
from tests.hall.hall_helpers import phone_ballots

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="needs Debian's chromium and chromium-driver (installed by .ci/run)",
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=412,915",
    ):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_script_timeout(30)
    yield driver
    driver.quit()


def _wait(driver: Any, condition: Any, timeout_s: float = 20) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout_s).until(condition)


def _open(driver: Any, url: str, code: str) -> None:
    from selenium.webdriver.common.by import By

    driver.get(url)
    _wait(driver, lambda d: d.find_element(By.ID, "open").text not in ("", "Open"))
    box = driver.find_element(By.ID, "code")
    box.clear()
    box.send_keys(code)
    driver.find_element(By.ID, "open").click()


def _ballot_shown(driver: Any) -> None:
    from selenium.webdriver.common.by import By

    _wait(driver, lambda d: d.find_element(By.ID, "ballot-form").is_displayed())


def _message_key(driver: Any) -> str:
    from selenium.webdriver.common.by import By

    return _wait(driver, lambda d: d.find_element(By.ID, "message").get_attribute("data-key"))


def _tap(driver: Any, choice: str) -> None:
    from selenium.webdriver.common.by import By

    driver.find_element(By.CSS_SELECTOR, f'[data-choice="{choice}"]').click()


def _send(driver: Any) -> str:
    from selenium.webdriver.common.by import By

    driver.execute_script("document.getElementById('message').removeAttribute('data-key')")
    driver.find_element(By.ID, "send").click()
    return _message_key(driver)


def test_single_choice_vote_then_change_it_then_reopen_with_the_used_code(browser, start_hall):
    from selenium.webdriver.common.by import By

    run = start_hall("ws-single")
    _open(browser, run.url + "?lang=fr", run.codes[0])
    _ballot_shown(browser)
    assert browser.find_element(By.ID, "send").text == "Envoyer mon vote"
    plan = browser.find_element(By.CSS_SELECTOR, '[data-option="opt-b"] img.plan')
    assert (
        plan.get_attribute("alt").startswith("Plan de")
        and browser.execute_script("return arguments[0].naturalWidth", plan) == 360
    )
    _tap(browser, "opt-b")
    browser.find_element(By.ID, "sex-female").click()
    assert _send(browser) == "sent"
    [ballot] = phone_ballots(run.path, "ws-single")
    assert ballot.choices == ("opt-b",) and ballot.sex.value == "female" and ballot.age_group is None
    _tap(browser, "opt-c")  # single choice: the new one replaces the old
    assert _send(browser) == "changed"
    [ballot] = phone_ballots(run.path, "ws-single")
    assert ballot.choices == ("opt-c",)
    # The same code on another visit shows the ballot it cast.
    _open(browser, run.url, run.codes[0])
    _ballot_shown(browser)
    pressed = browser.find_element(By.CSS_SELECTOR, '[data-choice="opt-c"]').get_attribute("aria-pressed")
    assert pressed == "true"


def test_ranking_vote_in_tap_order(browser, start_hall, hall_base):
    run = start_hall(hall_base.ranking_id)
    _open(browser, run.url, run.codes[0])
    _ballot_shown(browser)
    for choice in ("opt-c", "opt-a", "opt-b"):
        _tap(browser, choice)
    assert _send(browser) == "sent"
    [ballot] = phone_ballots(run.path, hall_base.ranking_id)
    assert ballot.choices == ("opt-c", "opt-a", "opt-b")


def test_budget_vote_within_the_budget_and_over_it(browser, start_hall, hall_base):
    from selenium.webdriver.common.by import By

    run = start_hall("ws-budget")
    _open(browser, run.url, run.codes[0])
    _ballot_shown(browser)
    cheap = [i["id"] for i in hall_base.items[:2]]
    for item in cheap:
        _tap(browser, item)
    assert browser.find_element(By.ID, "budget-line").get_attribute("data-over") == "false"
    assert _send(browser) == "sent"
    [ballot] = phone_ballots(run.path, "ws-budget")
    assert set(ballot.choices) == set(cheap)
    for item in hall_base.items[2:]:
        _tap(browser, item["id"])
    assert browser.find_element(By.ID, "budget-line").get_attribute("data-over") == "true"
    assert _send(browser) == "over_budget"
    [ballot] = phone_ballots(run.path, "ws-budget")
    assert set(ballot.choices) == set(cheap)  # the refused cart did not replace the counted one


def test_forged_code_is_refused_on_the_page(browser, start_hall):
    run = start_hall("ws-single")
    forged = "ZZZZZZ" if "ZZZZZZ" not in run.codes else "ZZZZZY"
    _open(browser, run.url, forged)
    assert _message_key(browser) == "bad_code"
    assert phone_ballots(run.path, "ws-single") == []


def test_a_closed_vote_refuses_the_ballot_on_the_page(browser, start_hall):
    run = start_hall("ws-single")
    _open(browser, run.url, run.codes[1])
    _ballot_shown(browser)
    _tap(browser, "opt-a")
    BallotStore(run.path, "ws-single", []).close_vote()  # the facilitator closes (jamii hall --close)
    assert _send(browser) == "closed"
    assert phone_ballots(run.path, "ws-single") == []


def test_an_oversized_request_from_the_page_is_refused(browser, start_hall):
    run = start_hall("ws-single")
    browser.get(run.url)
    status = browser.execute_async_script(
        """const done = arguments[arguments.length - 1];
        fetch('api/ballot', {method: 'POST', headers: {'Content-Type': 'application/json'},
          body: JSON.stringify({code: arguments[0], choices: new Array(4000).fill('opt-a')})})
          .then(r => done(r.status), () => done(-1));""",
        run.codes[0],
    )
    assert status == 413
    assert phone_ballots(run.path, "ws-single") == []


def test_projector_page_shows_the_qr_code_and_live_count(browser, start_hall):
    from selenium.webdriver.common.by import By

    from tests.hall.hall_helpers import vote

    run = start_hall("ws-single")
    vote(run.url, run.codes[0], ["opt-a"], "female", "adult")
    browser.get(run.url + "results")
    count = _wait(browser, lambda d: d.find_element(By.ID, "count").text)
    assert "1 / 12" in count
    assert browser.execute_script("return document.getElementById('qr').naturalWidth") > 0
    bars = browser.find_elements(By.CSS_SELECTOR, ".bar-track[aria-label]")
    assert any("1" in b.get_attribute("aria-label") for b in bars)
