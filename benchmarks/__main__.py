"""Run every benchmark module and print one table of figures."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import traceback
from pathlib import Path

from benchmarks.common import Row


def _format(value: float | str) -> str:
    if isinstance(value, str):
        return value
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=None, help="path to ../shared/data")
    parser.add_argument("--only", default="", help="comma-separated module names (bench_read…)")
    args = parser.parse_args(argv)
    shared = args.shared if args.shared and args.shared.is_dir() else None
    if shared is None:
        print("note: no shared data given or found; data-set figures are skipped", file=sys.stderr)
    wanted = {name for name in args.only.split(",") if name}
    rows: list[Row] = []
    failed = 0
    package = Path(__file__).parent
    for info in sorted(pkgutil.iter_modules([str(package)]), key=lambda m: m.name):
        if not info.name.startswith("bench_") or (wanted and info.name not in wanted):
            continue
        print(f"running {info.name} ...", file=sys.stderr, flush=True)
        try:
            module = importlib.import_module(f"benchmarks.{info.name}")
            rows.extend(module.run(shared))
        except Exception:  # a broken benchmark must not hide the others' figures
            failed += 1
            traceback.print_exc()
            rows.append(Row(info.name, "FAILED (see traceback above)", "-"))
    widths = [8, 58, 12, 10, 16]
    header = ("group", "metric", "value", "unit", "target")
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        cells = (row.group, row.metric, _format(row.value), row.unit, row.target)
        print("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
