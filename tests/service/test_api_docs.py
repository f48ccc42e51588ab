"""The API reference works offline: every file its pages load is served by the app (#7)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

from fastapi import FastAPI
from fastapi.testclient import TestClient

# Any absolute or protocol-relative URL in a page, wherever it is (attribute or script).
_ABSOLUTE_URL = re.compile(r"""(?:https?:)?//[A-Za-z0-9.-]+""")


class References(HTMLParser):
    """Every URL a page makes the browser load: scripts, styles, icons, images, frames."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in {"src", "href", "spec-url", "data"} and value:
                self.urls.append(value)


def references(html: str) -> list[str]:
    parser = References()
    parser.feed(html)
    return parser.urls


def test_the_api_reference_loads_nothing_from_elsewhere(client: TestClient) -> None:
    """Regression (#7): /docs loaded Swagger UI from a CDN and its icon from fastapi's site."""
    response = client.get("/docs")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert _ABSOLUTE_URL.findall(response.text) == []
    urls = references(response.text)
    assert len(urls) == 3  # the script, the style sheet and the icon
    for url in urls:
        parts = urlsplit(url)
        assert not parts.scheme and not parts.netloc, url
        asset = client.get(url)
        assert asset.status_code == 200, url
        assert len(asset.content) > 1000, url
    # The browser is told the same: only this app may be asked for anything.
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "http" not in policy


def test_there_is_no_redoc_page(client: TestClient) -> None:
    # ReDoc's bundle fetches its logo from redoc.ly whatever it is told; one page is enough.
    assert client.get("/redoc").status_code == 404


def test_the_swagger_ui_page_loads_its_script_style_and_schema(client: TestClient) -> None:
    html = client.get("/docs").text
    urls = references(html)
    script = next(url for url in urls if url.endswith(".js"))
    style = next(url for url in urls if url.endswith(".css"))
    assert (
        client.get(script)
        .headers["content-type"]
        .startswith(("text/javascript", "application/javascript"))
    )
    assert client.get(style).headers["content-type"].startswith("text/css")
    assert "'/openapi.json'" in html and client.get("/openapi.json").status_code == 200
    assert '"validatorUrl": null' in html  # no badge fetched from swagger.io


def test_asset_requests_are_counted_under_one_route(fresh_app: FastAPI) -> None:
    with TestClient(fresh_app) as client:
        client.get("/docs-assets/swagger-ui.css")
        client.get("/docs-assets/no-such-file.js")
        metrics = client.get("/metrics").text
    assert 'route="/docs-assets/{path}",status="200"' in metrics
    assert 'route="/docs-assets/{path}",status="404"' in metrics
    assert "no-such-file" not in metrics


def test_the_schema_says_how_to_authenticate(client: TestClient) -> None:
    """QA: no security scheme, so the API reference had no way to enter a key."""
    schema = client.get("/openapi.json").json()
    assert set(schema["components"]["securitySchemes"]) == {"bearer", "apiKey"}
    protected = schema["paths"]["/api/v1/analyses"]["post"]
    assert protected["security"] == [{"bearer": []}, {"apiKey": []}]
    assert "security" not in schema["paths"]["/healthz"]["get"]


def test_a_401_says_how_to_authenticate(client: TestClient) -> None:
    response = client.get("/api/v1/analyses")
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_the_schema_documents_the_response_headers(client: TestClient) -> None:
    """QA: no response documented a header clients rely on."""
    paths = client.get("/openapi.json").json()["paths"]
    created = paths["/api/v1/analyses"]["post"]["responses"]["201"]["headers"]
    assert {"Location", "X-Request-ID"} <= set(created)
    limited = paths["/api/v1/analyses"]["post"]["responses"]["429"]["headers"]
    assert "Retry-After" in limited
    assert "X-Request-ID" in paths["/healthz"]["get"]["responses"]["200"]["headers"]
