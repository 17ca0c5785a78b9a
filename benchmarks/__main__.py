"""``make bench``: run every ``bench_*.py`` module, print one table, write it as JSON."""

from __future__ import annotations

import datetime as dt
import importlib
import json
import os
import pkgutil
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "latest.json"


def machine() -> str:
    cpus = os.cpu_count()
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
        mem = f"{memory:.0f} GiB"
    except (ValueError, OSError):
        mem = "? GiB"
    return f"{platform.system()} {platform.machine()}, {cpus} cores, {mem}, Python " \
           f"{platform.python_version()}"


def _fmt(value: float | None) -> str:
    if value is None:
        return "–"
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 1:
        return f"{value:.2f}"
    return f"{value:.3g}"


def main(selected: list[str]) -> int:
    rows: list[dict] = []
    started = time.monotonic()
    names = sorted(info.name for info in pkgutil.iter_modules([str(HERE)]))
    for name in names:
        if not name.startswith("bench_") or (selected and name not in selected):
            continue
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"running {name} …", file=sys.stderr, flush=True)
        for result in module.run():
            result["module"] = name
            rows.append(result)
    header = f"{'benchmark':<58} {'value':>12} {'floor':>12} {'ratio':>7}  target"
    print(header)
    print("-" * len(header))
    for result in rows:
        value = f"{_fmt(result['value'])} {result['unit']}"
        floor = _fmt(result["floor"]) if result["floor"] is not None else "–"
        ratio = f"{result['ratio']:.2f}×" if result["ratio"] is not None else "–"
        print(f"{result['name']:<58} {value:>12} {floor:>12} {ratio:>7}  {result['target']}")
        if result.get("floor_name"):
            print(f"{'':<4}floor: {result['floor_name']}")
    elapsed = time.monotonic() - started
    print(f"\n{len(rows)} figures in {elapsed:.0f} s on {machine()}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({
        "taken_at": dt.datetime.now(dt.UTC).isoformat(), "machine": machine(),
        "seconds": elapsed, "rows": rows}, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"written to {RESULTS.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
