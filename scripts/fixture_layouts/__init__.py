"""Layouts for ``make_fixtures.py``: one module per output format, plus the bad inputs."""
