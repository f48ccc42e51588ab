"""Speed and accuracy harness: ``python -m benchmarks --shared ../shared/data``.

Each ``bench_*.py`` module beside this file exposes ``run(shared: Path | None) -> list[Row]``;
the harness runs them all and prints one table. Targets are printed beside the figures,
never asserted.
"""
