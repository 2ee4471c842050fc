"""Headless Chromium for the console tests: Debian's `chromium` driven by Playwright.
Without it the browser tests fail (never skip) and say how to install it."""

from __future__ import annotations

import os
import shutil
from typing import Any

import pytest

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_path() -> str | None:
    configured = os.environ.get("USEGATE_CHROMIUM")
    if configured:
        return configured if os.path.exists(configured) else None
    for name in ("/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if os.path.exists(name):
            return name
    return shutil.which("chromium")


def launch(playwright: Any) -> Any:
    path = chromium_path()
    if path is None:
        pytest.fail(
            "headless Chromium not found: the console's browser tests need it: "
            "install it with `apt-get install -y chromium` (as root `make install` does), "
            "or point `USEGATE_CHROMIUM` at a Chromium binary",
            pytrace=False,
        )
    return playwright.chromium.launch(executable_path=path, args=ARGS)


def sync_playwright() -> Any:
    try:
        from playwright.sync_api import sync_playwright as start
    except ImportError:
        pytest.fail(
            "playwright is not installed: `pip install -e '.[console,dev]'` (or `make install`)",
            pytrace=False,
        )
    return start()
