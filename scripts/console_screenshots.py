"""Screenshots of every console page over a synthetic log: `make screenshots` (PNGs in
`screenshots/`, or the folder given). Needs Chromium (`apt-get install -y chromium`)."""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

import uvicorn

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from console_log import fill  # noqa: E402

from usegate.audit.store import open_store  # noqa: E402
from usegate.config import AuditSettings, ConsoleSettings, ConsoleUser, Settings  # noqa: E402
from usegate.console.app import Console  # noqa: E402
from usegate.console.passwords import hash_password  # noqa: E402

PASSWORD = "screenshots-only"


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    from tests.console.browser import ARGS, chromium_path

    path = chromium_path()
    if path is None:
        sys.exit("error: chromium not found: install it with `apt-get install -y chromium`")
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/audit.db"
        store = open_store(url, synchronous="normal")
        reviews = fill(store, 20_000, days=14, batch=2000)
        settings = replace(
            Settings(),
            audit=AuditSettings(url=url),
            console=ConsoleSettings(admin_users=(ConsoleUser("alice", hash_password(PASSWORD)),)),
        )
        console = Console(settings, lambda: store)
        console.sync()
        server = uvicorn.Server(
            uvicorn.Config(console, host="127.0.0.1", port=0, log_config=None, lifespan="off")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.02)
        base = f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
        settled = next(d for d in reviews if (store.review(d) or {}).get("status") == "approved")
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=path, args=ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900})

            def shot(name: str, target: str) -> None:
                page.goto(base + target)
                page.screenshot(path=str(out / f"{name}.png"), full_page=True)
                print(f"{out / (name + '.png')}")

            shot("1-login", "/console/login")
            page.fill("input[name=username]", "alice")
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_url(base + "/console/")
            shot("2-overview", "/console/?range=30d")
            shot("3-decisions", "/console/decisions?tenant=lensco")
            shot("4-decision", f"/console/decisions/{settled}")
            shot("5-reviews", "/console/reviews")
            since = time.strftime("%Y-%m-%d", time.gmtime(time.time() - 2 * 86400))
            shot("6-replay", f"/console/replay?pack=azure-openai-coc%402023-06-01&since={since}")
            browser.close()
        server.should_exit = True
        thread.join(5)
        store.close()
    os.sys.stdout.flush()


if __name__ == "__main__":
    main()
