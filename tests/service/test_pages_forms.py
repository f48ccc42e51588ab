"""The web page's forms, errors and layout without JavaScript: errors say which field is
wrong in the codes the API uses, what was typed is shown again, deleting asks first, and
long names and charts stay readable (#7)."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from service_helpers import POSTING, User, unique_resume
from test_pages import EMPTY_FILE, csrf_of, sign_in, upload

from standout.service.pages.charts import time_labels
from standout.service.pages.render import short_name

BAD = Path(__file__).parents[1] / "fixtures" / "bad"


def alert_of(html: str) -> str:
    found = re.search(r'<div class="alert" role="alert" id="form-error">(.*?)</div>', html, re.S)
    assert found, "no error above the form"
    return found.group(1)


class TestSmallUploadLimit:
    @pytest.fixture
    def settings_overrides(self) -> dict[str, Any]:
        return {"max_upload_bytes": 64 * 1024}

    def test_too_much_pasted_text_is_413_with_the_form_kept(
        self, client: TestClient, alice: User
    ) -> None:
        """Regression (#7): 422 "Field exceeded maximum size of 5120KB.." and the text lost."""
        sign_in(client, alice)
        response = upload(client, resume_text="Python developer. " * 5000, posting_text="Go")
        assert response.status_code == 413
        alert = alert_of(response.text)
        assert "E331" in alert and "pasted resume" in alert and ".." not in alert
        assert "/docs" not in alert
        assert ">Go</textarea>" in response.text  # the posting typed is still there
        assert "selected>Senior<" in response.text  # and the level chosen

    def test_a_file_over_the_limit_shows_the_form_with_413(
        self, client: TestClient, alice: User
    ) -> None:
        sign_in(client, alice)
        token = csrf_of(client.get("/").text)
        response = client.post(
            "/analyses",
            data={"csrf_token": token, "role": "senior"},
            files={"resume_file": ("cv.txt", b"x" * 70_000), "posting_file": EMPTY_FILE},
        )
        assert response.status_code == 413 and "E331" in alert_of(response.text)


def test_a_very_long_file_name_is_refused_with_a_coded_error(
    client: TestClient, alice: User
) -> None:
    """Regression (#7): 5,000 characters gave 422 "Invalid multipart data.."."""
    sign_in(client, alice)
    token = csrf_of(client.get("/").text)
    response = client.post(
        "/analyses",
        data={"csrf_token": token, "role": "senior"},
        files={"resume_file": ("a" * 5000 + ".md", b"# Ana\n"), "posting_file": EMPTY_FILE},
    )
    assert response.status_code == 422
    alert = alert_of(response.text)
    assert "E330" in alert and "file name" in alert and ".." not in alert


def test_an_api_upload_with_a_very_long_file_name_gets_the_same_code(
    client: TestClient, alice: User
) -> None:
    response = client.post(
        "/api/v1/analyses",
        headers=alice.headers,
        files={"file": ("a" * 5000 + ".md", b"# Ana\n")},
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "E330"
    assert "file name" in response.json()["error"]["message"]


def test_a_bad_posting_file_is_named_as_the_posting(client: TestClient, alice: User) -> None:
    """Regression (#7): a PNG posting was reported as if the resume were wrong."""
    sign_in(client, alice)
    token = csrf_of(client.get("/").text)
    response = client.post(
        "/analyses",
        data={"csrf_token": token, "role": "senior", "resume_text": unique_resume()},
        files={
            "resume_file": EMPTY_FILE,
            "posting_file": ("job.png", (BAD / "photo.png").read_bytes(), "image/png"),
        },
    )
    assert response.status_code == 415
    assert 'href="#posting_file">the posting file</a>' in alert_of(response.text)
    assert re.search(r'id="posting_file"[^>]*aria-invalid="true"', response.text)
    assert client.get("/api/v1/analyses", headers=alice.headers).json()["total"] == 0


def test_an_unknown_level_is_refused_not_replaced(client: TestClient, alice: User) -> None:
    """Regression (#7): role=god was silently analysed as mid."""
    sign_in(client, alice)
    text = unique_resume()
    response = upload(client, resume_text=text, role="god")
    assert response.status_code == 422
    alert = alert_of(response.text)
    assert "E330" in alert and "&#39;god&#39; is not a level" in alert
    assert 'href="#role">the level</a>' in alert
    assert text.strip().splitlines()[0] in response.text  # the resume typed is kept
    assert client.get("/api/v1/analyses", headers=alice.headers).json()["total"] == 0


def test_deleting_asks_first_and_keeps_csrf(client: TestClient, alice: User) -> None:
    """Regression (#7): one click on the report page deleted the analysis."""
    sign_in(client, alice)
    location = upload(client, resume_text=unique_resume()).headers["location"]
    report = client.get(location).text
    assert f'href="{location}/delete"' in report
    assert f'action="{location}/delete"' not in report  # no one-click form any more
    token = csrf_of(report)
    response = client.post(f"{location}/delete", data={"csrf_token": token})
    assert response.status_code == 200 and "Delete this analysis?" in response.text
    assert client.get(location).status_code == 200  # still there
    confirm = response.text
    assert 'name="confirm" value="yes"' in confirm and f'href="{location}"' in confirm
    forged = client.post(f"{location}/delete", data={"csrf_token": "x", "confirm": "yes"})
    assert forged.status_code == 403
    done = client.post(
        f"{location}/delete",
        data={"csrf_token": csrf_of(confirm), "confirm": "yes"},
        follow_redirects=False,
    )
    assert done.headers["location"] == "/history"
    assert client.get(location).status_code == 404


def test_a_missing_page_gives_web_hints(client: TestClient, alice: User) -> None:
    """Regression (#7): "List yours with GET /api/v1/analyses." on a web page."""
    sign_in(client, alice)
    for path in ("/analyses/nope", "/matches/nope", "/prep/nope", "/no-such-page"):
        response = client.get(path, headers={"accept": "text/html"})
        assert response.status_code == 404, path
        assert "/api/" not in response.text and "at /docs" not in response.text, path
        assert 'href="/history"' in response.text.split("<main", 1)[1], path


def test_the_report_starts_with_links_to_the_match_the_pack_and_its_sections(
    client: TestClient, alice: User
) -> None:
    """Regression (#7): on a phone the match and the pack were 10,000 px down the page."""
    sign_in(client, alice)
    location = upload(
        client, resume_text=unique_resume(), posting_text=POSTING.read_text(), with_prep="yes"
    ).headers["location"]
    top = client.get(location).text.split('id="fixes"', 1)[0]
    assert re.search(r"Match score <strong[^>]*>\d+</strong>", top)
    assert re.search(r'href="/matches/[0-9a-f]+"', top) and re.search(
        r'href="/prep/[0-9a-f]+"', top
    )
    for section in ("fixes", "areas", "bullets", "checks", "match", "prep", "delete"):
        assert f'href="#{section}"' in top, section


def test_long_file_names_are_shortened_with_the_full_name_kept(
    client: TestClient, alice: User
) -> None:
    name = "b" * 190 + ".md"
    client.post("/api/v1/analyses", headers=alice.headers, files={"file": (name, unique_resume())})
    sign_in(client, alice)
    history = client.get("/history").text
    link = re.search(r'<a href="/analyses/[0-9a-f]+" title="([^"]+)">([^<]+)</a>', history)
    assert link and link.group(1) == name
    assert len(link.group(2)) <= 40 and link.group(2).endswith(".md")


def test_short_name_keeps_short_names_and_the_suffix_of_long_ones() -> None:
    assert short_name("cv.pdf") == "cv.pdf"
    cut = short_name("x" * 100 + ".docx")
    assert len(cut) == 40 and "…" in cut and cut.endswith("x.docx")


@pytest.mark.parametrize(
    ("first", "last", "labels"),
    [
        ("2026-11-26 09:05", "2026-11-26 18:30", ("26 Nov 2026, 09:05", "18:30")),
        ("2026-01-03 09:05", "2026-11-26 18:30", ("03 Jan", "26 Nov 2026")),
        ("2025-12-30 09:05", "2026-01-02 18:30", ("30 Dec 2025", "02 Jan 2026")),
    ],
)
def test_the_time_axis_names_times_when_all_is_one_day(
    first: str, last: str, labels: tuple[str, str]
) -> None:
    """Regression (#7): the axis read "26 Nov … 26 Nov"."""
    parse = datetime.fromisoformat
    assert time_labels(parse(first), parse(last)) == labels


def test_no_chart_text_is_svg_text(client: TestClient, alice: User) -> None:
    """SVG text shrinks with its drawing (to ~8 px on a phone): labels are HTML."""
    sign_in(client, alice)
    location = upload(client, resume_text=unique_resume()).headers["location"]
    upload(client, resume_text=unique_resume())
    for html in (client.get(location).text, client.get("/history").text):
        assert not re.search(r"<text[\s>]", html)
    history = client.get("/history").text
    assert '<div class="trend-y" aria-hidden="true">' in history and "<polyline" in history


def analyses_of(client: TestClient, user: User) -> int:
    total: int = client.get("/api/v1/analyses", headers=user.headers).json()["total"]
    return total


def post_upload(client: TestClient, token: str, resume: str) -> Any:
    return client.post(
        "/analyses",
        data={"csrf_token": token, "role": "senior"},
        files={"resume_file": ("cv.md", resume.encode(), "text/markdown")},
        follow_redirects=False,
    )


class TestDoubleSubmit:
    """Regression (#7): five concurrent posts of one form made five analyses."""

    def test_concurrent_posts_of_one_form_make_one_analysis(
        self, client: TestClient, alice: User
    ) -> None:
        from concurrent.futures import ThreadPoolExecutor

        sign_in(client, alice)
        token, resume = csrf_of(client.get("/").text), unique_resume()
        with ThreadPoolExecutor(5) as pool:
            responses = list(pool.map(lambda _: post_upload(client, token, resume), range(5)))
        assert [response.status_code for response in responses] == [303] * 5
        locations = {response.headers["location"] for response in responses}
        assert len(locations) == 1 and locations.pop().startswith("/analyses/")
        assert analyses_of(client, alice) == 1

    def test_a_resent_form_goes_to_the_first_analysis(
        self, client: TestClient, alice: User
    ) -> None:
        sign_in(client, alice)
        token, resume = csrf_of(client.get("/").text), unique_resume()
        first = post_upload(client, token, resume)
        again = post_upload(client, token, resume)
        assert first.status_code == again.status_code == 303
        assert again.headers["location"] == first.headers["location"]
        assert analyses_of(client, alice) == 1

    def test_a_new_form_with_the_same_file_makes_a_new_analysis(
        self, client: TestClient, alice: User
    ) -> None:
        sign_in(client, alice)
        resume = unique_resume()
        first = post_upload(client, csrf_of(client.get("/").text), resume)
        second = post_upload(client, csrf_of(client.get("/").text), resume)
        assert first.headers["location"] != second.headers["location"]
        assert analyses_of(client, alice) == 2

    def test_a_form_refused_with_an_error_can_be_sent_again(
        self, client: TestClient, alice: User
    ) -> None:
        sign_in(client, alice)
        token = csrf_of(client.get("/").text)
        refused = client.post(
            "/analyses",
            data={"csrf_token": token, "role": "senior"},
            files={"resume_file": EMPTY_FILE, "posting_file": EMPTY_FILE},
        )
        assert refused.status_code == 422
        accepted = post_upload(client, token, unique_resume())
        assert accepted.status_code == 303 and analyses_of(client, alice) == 1

    def test_every_rendered_form_has_its_own_token(self, client: TestClient, alice: User) -> None:
        sign_in(client, alice)
        assert csrf_of(client.get("/").text) != csrf_of(client.get("/").text)
