"""`make bench`: run every benchmarks/bench_*.py, print a table, write benchmarks/results.json."""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import traceback
from pathlib import Path

import benchmarks


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--size", type=int, default=10_000, help="plots in the synthetic settlement")
    parser.add_argument("--only", default="", help="run only bench modules whose name contains this")
    args = parser.parse_args()
    rows: list[dict] = []
    failed = []
    for info in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda m: m.name):
        if not info.name.startswith("bench_") or args.only not in info.name:
            continue
        print(f"running {info.name} …", file=sys.stderr, flush=True)
        try:
            module = importlib.import_module(f"benchmarks.{info.name}")
            rows.extend(module.run(args.size))
        except Exception:  # one broken benchmark must not hide the others' numbers
            traceback.print_exc()
            failed.append(info.name)
    out = Path(__file__).with_name("results.json")
    if args.only and out.exists():
        # A partial run replaces its own rows and keeps the other benchmarks' last results.
        ran = {(r["name"], r["size"]) for r in rows}
        kept = [r for r in json.loads(out.read_text(encoding="utf-8")) if (r["name"], r["size"]) not in ran]
        rows = kept + rows
    out.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    print(f"{'benchmark':<44} {'size':>7} {'time s':>10} {'raw s':>10} {'ratio':>7} {'target':>7}  timing")
    for r in rows:
        raw = "—" if r["raw_median_s"] is None else f"{r['raw_median_s']:.4f}"
        ratio = "—" if r["ratio"] is None else f"{r['ratio']:.2f}"
        target = "—" if r["target_ratio"] is None else f"≤{r['target_ratio']}"
        print(
            f"{r['name']:<44} {r['size']:>7} {r['median_s']:>10.4f} {raw:>10} {ratio:>7} {target:>7}  "
            f"{r.get('timing', '')}"
        )
    print(f"wrote {out}")
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
