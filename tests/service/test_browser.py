"""The web page in a real headless Chromium (Debian's, driven by Playwright): sign in,
upload a resume, read the report, download it, see the history (#7).

The app runs under uvicorn in a subprocess on a free loopback port, with its own SQLite
database, set up through the same commands a user runs (`standout db upgrade`,
`standout users create`).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from service_helpers import POSTING, RESUME

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="/usr/bin/chromium is missing (apt-get install chromium)"
    ),
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _standout(*args: str, env: dict[str, str]) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "standout", *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """(base URL, API key) of a running server."""
    folder = tmp_path_factory.mktemp("browser")
    env = {
        **os.environ,
        "STANDOUT_DATABASE_URL": f"sqlite:///{folder / 'standout.sqlite3'}",
        "STANDOUT_LOG_LEVEL": "WARNING",
    }
    env.pop("STANDOUT_REDIS_URL", None)
    _standout("db", "upgrade", env=env)
    key = _standout("users", "create", "browser@example.com", env=env)
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            "standout.service.app:app_from_environment",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],  # fmt: skip
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("the server did not start")
            time.sleep(0.1)
        yield base, key
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def test_sign_in_upload_read_download_and_history(
    server: tuple[str, str], browser: object, tmp_path: Path
) -> None:
    from playwright.sync_api import Browser, expect

    assert isinstance(browser, Browser)
    base, key = server
    context = browser.new_context(accept_downloads=True, viewport={"width": 375, "height": 812})
    page = context.new_page()

    page.goto(f"{base}/")
    expect(page).to_have_url(f"{base}/sign-in")
    page.get_by_label("API key").fill(key)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Analyse a resume")

    page.get_by_label("Upload a file").set_input_files(str(RESUME))
    page.get_by_label("Level you are aiming for").select_option("senior")
    page.get_by_label("Paste the posting").fill(POSTING.read_text(encoding="utf-8"))
    page.get_by_label("Also make an interview-preparation pack").check()
    page.get_by_role("button", name="Analyse").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Report: backend-resume.md")
    readiness = int(page.locator("#readiness").inner_text())
    assert 0 <= readiness <= 100
    expect(page.get_by_role("heading", name="What to fix first")).to_be_visible()
    expect(page.get_by_role("figure", name="Score of each area, 0 to 100")).to_be_visible()
    report_url = page.url
    _assert_phone_readable(page)

    # The match and the pack are linked from the first screen, not after every bullet (#7).
    summary_match = page.get_by_role("link", name="Match with Senior Backend Engineer")
    assert _top_of(summary_match) < 812
    summary_match.click()
    expect(page.locator("#match-score")).to_be_visible()
    page.go_back()
    summary_pack = page.get_by_role("link", name="Interview preparation pack for Senior")
    assert _top_of(summary_pack) < 812
    page.get_by_role("navigation", name="Sections of this report").get_by_role(
        "link", name="Bullets"
    ).click()
    assert page.url.endswith("#bullets")
    assert page.evaluate("document.getElementById('bullets').getBoundingClientRect().top") < 100

    with page.expect_download() as download_info:
        page.get_by_role("link", name="HTML").click()
    download = download_info.value
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    assert saved.suffix == ".html"
    assert "<html" in saved.read_text(encoding="utf-8")

    page.get_by_role("link", name="Senior Backend Engineer (Payments)", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Senior Backend Engineer")
    expect(page.locator("#match-score")).to_be_visible()

    page.goto(report_url)
    page.get_by_role(
        "link", name="Preparation pack for Senior Backend Engineer (Payments)", exact=True
    ).click()
    expect(page.get_by_role("heading", name="Questions to prepare")).to_be_visible()

    httpx.post(
        f"{base}/api/v1/analyses",
        headers={"Authorization": f"Bearer {key}"},
        files={"file": ("n" * 190 + ".md", RESUME.read_bytes())},
        timeout=30,
    )
    page.get_by_role("link", name="History").click()
    expect(page.get_by_role("heading", name="Readiness over time")).to_be_visible()
    expect(page.get_by_role("link", name="backend-resume.md")).to_be_visible()
    _assert_phone_readable(page)
    context.close()


def _top_of(locator: Any) -> float:
    box = locator.bounding_box()
    assert box is not None
    return float(box["y"])


# The rendered height and the font size of every chart label, in CSS pixels.
_CHART_TEXT = """() => [...document.querySelectorAll(
    '.bars .bar-name, .bars .bar-value, .trend-y span, .trend-x span, svg text')].map(
    (element) => [element.getBoundingClientRect().height,
                  parseFloat(getComputedStyle(element).fontSize) *
                  (element.getScreenCTM ? element.getScreenCTM().a : 1)])"""


def _assert_phone_readable(page: Any) -> None:
    """Regression (#7): on a 375 px phone the page scrolled sideways and chart labels
    were about 8 px tall."""
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    sizes = page.evaluate(_CHART_TEXT)
    assert sizes, "no chart labels found"
    assert all(height >= 11 and font >= 11 for height, font in sizes), sizes


def test_keyboard_only_sign_in(server: tuple[str, str], browser: object) -> None:
    from playwright.sync_api import Browser, expect

    assert isinstance(browser, Browser)
    base, key = server
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{base}/sign-in")
    page.keyboard.press("Tab")  # the skip link comes first
    expect(page.get_by_role("link", name="Skip to content")).to_be_focused()
    page.get_by_label("API key").focus()
    page.keyboard.type(key)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Analyse a resume")
    context.close()


def test_the_api_reference_renders_without_leaving_the_machine(
    server: tuple[str, str], browser: object
) -> None:
    """Regression (#7): /docs fetched Swagger UI from a CDN, so it broke offline."""
    from playwright.sync_api import Browser, expect

    assert isinstance(browser, Browser)
    base, _ = server
    context = browser.new_context()
    page = context.new_page()
    requested: list[str] = []
    problems: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(f"{base}/docs")
    expect(page.get_by_text("Analyse a resume").first).to_be_visible(timeout=20_000)
    page.get_by_text("Analyse a resume").first.click()  # opens the operation's details
    expect(page.get_by_role("button", name="Try it out")).to_be_visible()
    context.close()
    elsewhere = [url for url in requested if not url.startswith((f"{base}/", "data:", "blob:"))]
    assert elsewhere == []
    assert any(url.endswith(".js") for url in requested)
    assert problems == []  # nothing refused by the content security policy, no script error
