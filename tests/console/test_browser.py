"""The console in a real headless Chromium: log in, search, open a decision, approve a
review, and see the grant used by the retried request."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.console.browser import launch, sync_playwright
from tests.console.conftest import FR_BODY, PASSWORD, chat

pytestmark = pytest.mark.browser
SHOTS = os.environ.get("USEGATE_SCREENSHOTS")


def shot(page: Any, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)


def test_review_loop_in_the_browser(console_gateway: Any) -> None:
    gw = console_gateway
    assert (
        chat(
            gw, "ug-shopco-1", {"model": "gpt-4o", "messages": [{"role": "user", "content": "hello"}]}
        ).status_code
        == 200
    )
    denied = chat(gw, "ug-spd-1").json()["error"]["decision_id"]
    held = chat(gw, "ug-lensco-1").json()["error"]["decision_id"]
    base = gw.server.url

    with sync_playwright() as p:
        browser = launch(p)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            # every console page sends a stranger to the login form
            page.goto(base + "/console/reviews")
            assert "/console/login" in page.url
            shot(page, "login")
            page.fill("input[name=username]", "alice")
            page.fill("input[name=password]", "wrong password")
            page.click("button[type=submit]")
            assert "wrong name or password" in page.content()
            page.fill("input[name=username]", "alice")
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_url(base + "/console/reviews")

            page.goto(base + "/console/")
            assert page.locator("svg.chart").count() == 3
            assert "chain intact" in page.content()
            shot(page, "overview")

            # search: lensco's decisions hold the queued one and not the denied one
            page.click("text=Decisions")
            page.select_option("select[name=tenant]", "lensco")
            page.click("form.search button[type=submit]")
            results = page.inner_text("#results")
            assert held in results and denied not in results
            shot(page, "decisions")

            page.click(f"a[href='/console/decisions/{held}']")
            page.wait_for_url(f"{base}/console/decisions/{held}")
            assert page.inner_text("#outcome") == "review"
            assert page.inner_text("#review-status") == "pending"
            # an integrator naming no end customer: "for US police" is open, so C1 is what is in doubt
            assert "No facial recognition by or for US police departments" in page.content()  # C1's title
            shot(page, "decision")

            # approve from the queue, oldest first
            page.click("text=Review queue")
            assert held in page.inner_text("#queue")
            shot(page, "reviews")
            row = page.locator("#queue tr", has_text=held)
            row.locator("input[name=note]").fill("vendor demo, consenting staff")
            row.locator("button[value=approved]").click()
            page.wait_for_selector("#done")
            assert held not in page.inner_text("#queue")

            # the client retries with the grant: allowed, and the record cites it
            retried = chat(gw, "ug-lensco-1", FR_BODY, **{"X-Usegate-Review-Grant": held})
            assert retried.status_code == 200, retried.text
            new_id = retried.headers["x-usegate-decision-id"]

            page.goto(base + "/console/decisions")
            page.fill("input[name=id]", new_id)
            page.click("form.search button[type=submit]")
            page.wait_for_url(f"{base}/console/decisions/{new_id}")
            assert page.inner_text("#outcome") == "allow"
            grant = page.inner_text("#grant")
            assert held in grant and "alice" in grant
            shot(page, "decision-granted")

            # the approved review shows its verdict history and the grant
            page.goto(f"{base}/console/decisions/{held}")
            assert page.inner_text("#review-status") == "approved"
            assert "vendor demo, consenting staff" in page.content()

            page.goto(base + "/console/replay?pack=azure-openai-coc%402023-06-01")
            shot(page, "replay")
            assert "decisions replayed" in page.content()
        finally:
            browser.close()

    polled = httpx.get(
        base + f"/v1/usegate/decisions/{held}", headers={"Authorization": "Bearer ug-lensco-1"}
    )
    assert polled.json()["review"]["status"] == "approved"
