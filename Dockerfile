# The standout web service. Build: docker build -t standout .
# Run with PostgreSQL and Redis: docker compose up (see compose.yaml and docs/service.md).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY pyproject.toml README.md ./
COPY src ./src
RUN pip install '.[service]' && useradd --create-home --uid 10001 standout

USER standout
# Production refuses the placeholder secret: pass STANDOUT_SECRET_KEY at run time.
ENV STANDOUT_ENVIRONMENT=production
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \
  CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz').status != 200)"]
# One worker per CPU core when STANDOUT_REDIS_URL is set (as in compose.yaml), else one.
CMD ["standout", "serve", "--host", "0.0.0.0", "--port", "8000"]
