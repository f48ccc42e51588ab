"""Prometheus metrics, one registry per app so that several apps (tests) never collide.

Requests are labelled by route template (``/api/v1/analyses/{analysis_id}``), never by
raw path, so that the number of series stays bounded.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

__all__ = ["CONTENT_TYPE_LATEST", "Metrics"]

_LATENCY_BUCKETS = (0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "standout_http_requests",
            "HTTP requests by method, route template and status code.",
            ("method", "route", "status"),
            registry=self.registry,
        )
        self.latency = Histogram(
            "standout_http_request_duration_seconds",
            "Time to answer an HTTP request, by method and route template.",
            ("method", "route"),
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.analyses = Counter(
            "standout_analyses",
            "Resumes analysed, by whether the result came from the cache.",
            ("cached",),
            registry=self.registry,
        )
        self.cache_hits = Counter(
            "standout_cache_hits", "Result cache hits.", registry=self.registry
        )
        self.cache_misses = Counter(
            "standout_cache_misses", "Result cache misses.", registry=self.registry
        )

    def observe_request(self, method: str, route: str, status: int, seconds: float) -> None:
        self.requests.labels(method, route, str(status)).inc()
        self.latency.labels(method, route).observe(seconds)

    def count_analysis(self, *, cached: bool) -> None:
        self.analyses.labels("true" if cached else "false").inc()
        (self.cache_hits if cached else self.cache_misses).inc()

    def exposition(self) -> bytes:
        return generate_latest(self.registry)
