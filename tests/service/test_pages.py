"""The web page without JavaScript: sign in, upload, report, match, download, history,
account; CSRF on every form; labels on every field (#7)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

import pytest
from fastapi.testclient import TestClient
from service_helpers import POSTING, User, unique_resume

EMPTY_FILE = ("", b"", "application/octet-stream")


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF token in the form"
    return found.group(1)


def sign_in(client: TestClient, user: User) -> None:
    form = client.get("/sign-in")
    response = client.post(
        "/sign-in",
        data={"csrf_token": csrf_of(form.text), "api_key": user.key},
        follow_redirects=False,
    )
    assert response.status_code == 303 and response.headers["location"] == "/"


def upload(client: TestClient, **fields: Any) -> Any:
    token = csrf_of(client.get("/").text)
    return client.post(
        "/analyses",
        data={"csrf_token": token, "role": "senior", **fields},
        files={"resume_file": EMPTY_FILE, "posting_file": EMPTY_FILE},
        follow_redirects=False,
    )


class FieldAudit(HTMLParser):
    """Collects form fields, labels and headings of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: list[str] = []
        self.labels: set[str] = set()
        self.h1 = 0
        self.lang = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "html":
            self.lang = values.get("lang") or ""
        if tag == "h1":
            self.h1 += 1
        if tag == "label" and values.get("for"):
            self.labels.add(values["for"] or "")
        if tag in {"input", "select", "textarea"} and values.get("type") not in {
            "hidden",
            "submit",
        }:
            self.fields.append(values.get("id") or "")


def audit(html: str) -> FieldAudit:
    parser = FieldAudit()
    parser.feed(html)
    return parser


def test_anonymous_visitors_are_sent_to_sign_in(client: TestClient) -> None:
    for path in ("/", "/history", "/account", "/analyses/x"):
        response = client.get(path, follow_redirects=False)
        assert (response.status_code, response.headers["location"]) == (303, "/sign-in"), path


def test_sign_in_sets_a_safe_session_cookie(client: TestClient, alice: User) -> None:
    form = client.get("/sign-in")
    response = client.post(
        "/sign-in",
        data={"csrf_token": csrf_of(form.text), "api_key": alice.key},
        follow_redirects=False,
    )
    cookie = response.headers["set-cookie"]
    assert "standout_session=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert alice.key not in cookie


def test_a_wrong_key_shows_the_form_again(client: TestClient) -> None:
    form = client.get("/sign-in")
    response = client.post(
        "/sign-in", data={"csrf_token": csrf_of(form.text), "api_key": "so_wrong"}
    )
    assert response.status_code == 401
    assert 'role="alert"' in response.text and "E311" in response.text


@pytest.mark.parametrize("token", [None, "forged"])
def test_forms_without_a_valid_csrf_token_are_refused(
    client: TestClient, alice: User, token: str | None
) -> None:
    client.get("/sign-in")
    data = {"api_key": alice.key} | ({"csrf_token": token} if token else {})
    response = client.post("/sign-in", data=data, headers={"accept": "text/html"})
    assert response.status_code == 403 and "E312" in response.text


def test_a_token_from_another_browser_is_refused(client: TestClient, alice: User) -> None:
    token = csrf_of(client.get("/sign-in").text)
    client.cookies.clear()  # another browser: no nonce cookie of its own
    response = client.post("/sign-in", data={"csrf_token": token, "api_key": alice.key})
    assert response.status_code == 403


def test_upload_then_read_the_report(client: TestClient, alice: User) -> None:
    sign_in(client, alice)
    response = upload(client, resume_text=unique_resume())
    assert response.status_code == 303
    location = response.headers["location"]
    assert location.startswith("/analyses/")
    page = client.get(location).text
    assert 'id="readiness"' in page and "What to fix first" in page
    assert 'class="bars"' in page and "Score of each area" in page
    assert "Measurable outcome:" in page  # bullets with their checks
    assert "Line " in page  # fixes and bullets name their lines


def test_upload_with_a_posting_and_prep_shows_the_match_and_the_pack(
    client: TestClient, alice: User
) -> None:
    sign_in(client, alice)
    response = upload(
        client, resume_text=unique_resume(), posting_text=POSTING.read_text(), with_prep="yes"
    )
    report = client.get(response.headers["location"]).text
    match_link = re.search(r'href="(/matches/[0-9a-f]+)"', report)
    pack_link = re.search(r'href="(/prep/[0-9a-f]+)"', report)
    assert match_link and pack_link
    match = client.get(match_link.group(1)).text
    assert 'id="match-score"' in match and "Senior Backend Engineer (Payments)" in match
    assert "What would raise the score most" in match
    pack = client.get(pack_link.group(1)).text
    assert "Questions to prepare" in pack and "Must-haves your resume doesn" in pack


def test_make_a_pack_from_the_report_page(client: TestClient, alice: User) -> None:
    sign_in(client, alice)
    location = upload(client, resume_text=unique_resume()).headers["location"]
    token = csrf_of(client.get(location).text)
    response = client.post(f"{location}/prep", data={"csrf_token": token}, follow_redirects=False)
    assert response.headers["location"].startswith("/prep/")
    page = client.get(response.headers["location"]).text
    assert "Talking points for your top languages" in page and "STAR outlines" in page


def test_an_empty_upload_shows_the_form_with_an_error(client: TestClient, alice: User) -> None:
    """Regression (#7): the page answered 415 E332, the API 422 E330 for the same thing."""
    sign_in(client, alice)
    response = upload(client, resume_text="  ")
    assert response.status_code == 422
    assert 'role="alert"' in response.text and "No resume was given" in response.text
    assert "E330" in response.text


def test_an_empty_file_shows_the_readers_error(client: TestClient, alice: User) -> None:
    """Regression (#7): a chosen but empty file was taken for no file at all."""
    sign_in(client, alice)
    token = csrf_of(client.get("/").text)
    response = client.post(
        "/analyses",
        data={"csrf_token": token, "role": "senior"},
        files={"resume_file": ("cv.txt", b"", "text/plain"), "posting_file": EMPTY_FILE},
        follow_redirects=False,
    )
    assert response.status_code == 422
    assert "E001" in response.text and "&#39;cv.txt&#39; is empty" in response.text


def test_download_and_history(client: TestClient, alice: User) -> None:
    sign_in(client, alice)
    first = upload(client, resume_text=unique_resume()).headers["location"]
    upload(client, resume_text=unique_resume())
    for format, media_type in (
        ("html", "text/html"),
        ("markdown", "text/markdown"),
        ("json", "application/json"),
    ):
        response = client.get(f"{first}/download/{format}")
        assert response.status_code == 200
        assert response.headers["content-type"].startswith(media_type)
        assert response.headers["content-disposition"].startswith("attachment")
    history = client.get("/history").text
    assert "Readiness over time" in history and "<polyline" in history
    assert history.count('href="/analyses/') == 2


def test_delete_from_the_page(client: TestClient, alice: User) -> None:
    sign_in(client, alice)
    location = upload(client, resume_text=unique_resume()).headers["location"]
    token = csrf_of(client.get(location).text)
    response = client.post(
        f"{location}/delete", data={"csrf_token": token, "confirm": "yes"}, follow_redirects=False
    )
    assert response.headers["location"] == "/history"
    assert client.get(location).status_code == 404


def test_the_delete_confirmation_reads_as_a_sentence(client: TestClient, alice: User) -> None:
    """QA: "... UTC,. It can't be undone." for an analysis with no match or pack."""
    import re

    sign_in(client, alice)
    location = upload(client, resume_text=unique_resume()).headers["location"]
    text = re.sub(r"\s+", " ", client.get(f"{location}/delete").text)
    assert "UTC. It can't be undone." in text and ",." not in text


def test_history_breaks_only_file_names_anywhere() -> None:
    """QA: on a phone the Level column read "senio / r"."""
    from pathlib import Path

    import standout.service.pages as pages

    css = (Path(pages.__file__).parent / "templates" / "base.html").read_text(encoding="utf-8")
    assert "table.history td { overflow-wrap: anywhere; }" not in css
    assert "table.history td.name { overflow-wrap: anywhere; }" in css


def test_another_accounts_report_is_not_found(client: TestClient, alice: User, bob: User) -> None:
    sign_in(client, alice)
    location = upload(client, resume_text=unique_resume()).headers["location"]
    client.cookies.clear()
    sign_in(client, bob)
    assert client.get(location).status_code == 404
    assert client.get(f"{location}/download/json").status_code == 404


def test_account_page_privacy_and_keys(client: TestClient, alice: User) -> None:
    sign_in(client, alice)
    token = csrf_of(client.get("/account").text)
    page = client.post("/account/privacy", data={"csrf_token": token}).text
    assert "only reports are kept" in page
    assert client.get("/api/v1/account", headers=alice.headers).json()["keep_resume_text"] is False
    page = client.post("/account/keys", data={"csrf_token": token, "name": "laptop"}).text
    secret = re.search(r'id="new-key">([^<]+)<', page)
    assert secret and secret.group(1).startswith("so_")
    headers = {"Authorization": f"Bearer {secret.group(1)}"}
    assert client.get("/api/v1/account", headers=headers).status_code == 200


def test_sign_out_ends_the_session(client: TestClient, alice: User) -> None:
    sign_in(client, alice)
    token = csrf_of(client.get("/").text)
    client.post("/sign-out", data={"csrf_token": token})
    assert client.get("/", follow_redirects=False).headers["location"] == "/sign-in"


def test_every_field_is_labelled_and_pages_have_one_heading(
    client: TestClient, alice: User
) -> None:
    pages = [client.get("/sign-in").text]
    sign_in(client, alice)
    location = upload(client, resume_text=unique_resume()).headers["location"]
    pages += [client.get(path).text for path in ("/", "/history", "/account", location)]
    for html in pages:
        found = audit(html)
        assert found.lang == "en" and found.h1 == 1
        assert all(field in found.labels for field in found.fields), found.fields
        assert 'name="viewport"' in html


class TestOpenSignUpPage:
    @pytest.fixture
    def settings_overrides(self) -> dict[str, Any]:
        return {"open_signup": True}

    def test_sign_up_shows_the_key_once_and_signs_in(self, client: TestClient) -> None:
        form = client.get("/sign-up")
        page = client.post(
            "/sign-up", data={"csrf_token": csrf_of(form.text), "email": "page-signup@example.com"}
        )
        assert page.status_code == 200 and "only this once" in page.text
        assert client.get("/", follow_redirects=False).status_code == 200


def test_no_page_shows_or_changes_another_accounts_things(
    client: TestClient, alice: User, bob: User
) -> None:
    sign_in(client, alice)
    report = upload(
        client, resume_text=unique_resume(), posting_text=POSTING.read_text(), with_prep="yes"
    ).headers["location"]
    page = client.get(report).text
    match_link = re.search(r'href="(/matches/[0-9a-f]+)"', page)
    pack_link = re.search(r'href="(/prep/[0-9a-f]+)"', page)
    assert match_link and pack_link
    client.cookies.clear()
    sign_in(client, bob)
    token = csrf_of(client.get("/").text)
    for path in (report, f"{report}/download/html", match_link.group(1), pack_link.group(1)):
        assert client.get(path).status_code == 404, path
    for path in (f"{report}/delete", f"{report}/prep"):
        assert client.post(path, data={"csrf_token": token}).status_code == 404, path
    response = client.post(
        f"{report}/matches",
        data={"csrf_token": token, "posting_text": POSTING.read_text()},
        files={"posting_file": EMPTY_FILE},
    )
    assert response.status_code == 404
    client.cookies.clear()
    sign_in(client, alice)
    assert client.get(report).status_code == 200


def test_fixes_quote_the_line_they_concern(client: TestClient, alice: User) -> None:
    sign_in(client, alice)
    page = client.get(upload(client, resume_text=unique_resume()).headers["location"]).text
    fixes = page.split('id="fixes"', 1)[1].split('id="areas"', 1)[0]
    quoted = re.findall(r"Line \d+: “([^”]+)”", fixes)
    assert quoted, "no fix names the text of its line"
    assert all(text.strip() for text in quoted)
