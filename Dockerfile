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
# Listen address and port are settings, so that the health check follows the port:
# `docker run -e STANDOUT_PORT=9000 -p 9000:9000 ...`. The number of workers follows the
# CPUs the container may use (its cpuset and --cpus quota) when STANDOUT_REDIS_URL is set,
# else one; STANDOUT_WORKERS sets it.
ENV STANDOUT_ENVIRONMENT=production \
    STANDOUT_HOST=0.0.0.0 \
    STANDOUT_PORT=8000
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \
  CMD ["python", "-c", "import os, sys, urllib.request; port = os.environ.get('STANDOUT_PORT', '8000'); sys.exit(urllib.request.urlopen(f'http://127.0.0.1:{port}/healthz', timeout=2).status != 200)"]
CMD ["standout", "serve"]
