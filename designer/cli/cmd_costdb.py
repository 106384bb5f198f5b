"""`jamii costdb {list,show,import,export}`: the unit-cost libraries in the user's app-data folder.

* ``jamii costdb list [--format text|json]`` — libraries with currency, region, price base, size.
* ``jamii costdb show NAME [--code CODE] [--format text|json]`` — a library's metadata, or one
  item's rate build-up (materials / labour / plant / overheads and profit, with its resources).
* ``jamii costdb import SOURCE --name NAME [--mapping MAP] [--currency C] [--region R]
  [--price-base DATE] [--source TEXT] [--replace]`` — SOURCE is a folder of CSV tables, an .xlsx
  workbook (library tables, or one flat sheet), a flat schedule CSV (columns named by ``--mapping``:
  a .toml file, a shipped mapping such as ``cpwd-dsr2016``, or ``code=Item,rate=Rate,…``) or a
  GEstimator/CPWD ``.eproj``. One transaction: a bad row is reported (row, column, reason) and
  nothing changes.
* ``jamii costdb inspect FILE [--mapping MAP] [--locale L] [--rows] [--format text|json]`` — what
  importing a schedule (.xlsx: every sheet; .csv) would read: per sheet the header row found, the
  columns, items, groups (heading rows), skipped rows with reasons, codes made unique, unknown units.
* ``jamii costdb export NAME OUT`` — OUT ending in ``.xlsx``: one sheet per table; else a folder of
  CSV tables (the same layout ``import`` reads back).

The folder is ``$JAMII_DATA_DIR`` or the platform's app-data folder (``~/.local/share/jamii`` on Linux).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from designer.cli.common import add_format_argument, emit_json
from designer.cli.errors import CliError

__all__ = ["register"]


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("costdb", help="unit-cost libraries: list, show, import, export")
    sub = p.add_subparsers(dest="costdb_command", metavar="ACTION", required=True)
    ls = sub.add_parser("list", help="the cost libraries")
    add_format_argument(ls)
    ls.set_defaults(func=run_list)
    sh = sub.add_parser("show", help="a library, or one item's rate build-up")
    sh.add_argument("name", help="library name or .sqlite path")
    sh.add_argument("--code", help="an item code (assembly or Jamii alias)")
    sh.add_argument("--region", default="", help="price for this region")
    add_format_argument(sh)
    sh.set_defaults(func=run_show)
    ins = sub.add_parser("inspect", help="what importing a schedule (.xlsx or .csv) would read, per sheet")
    ins.add_argument("path", metavar="FILE", help="a schedule of rates: .xlsx (every sheet) or .csv")
    ins.add_argument(
        "--mapping", help="sheets, header row and columns: .toml file, shipped name, or field=Column,…"
    )
    ins.add_argument(
        "--locale", help="how numbers are written, e.g. en_IN, fr_FR (default: the mapping's, else en)"
    )
    ins.add_argument("--rows", action="store_true", help="list every skipped row and renamed code")
    add_format_argument(ins)
    ins.set_defaults(func=run_inspect)
    im = sub.add_parser("import", help="import a library (CSV tables, XLSX, flat CSV schedule, .eproj)")
    im.add_argument("path", metavar="SOURCE", help="folder of CSV tables, .csv, .xlsx or .eproj")
    im.add_argument("--name", required=True, help="name of the library to create")
    im.add_argument("--mapping", help="column mapping: .toml file, shipped name, or field=Column,…")
    for opt in ("currency", "region", "price-base", "source", "description"):
        im.add_argument(f"--{opt}", default="", help=f"library {opt.replace('-', ' ')}")
    im.add_argument("--illustrative", action="store_true", help="mark the rates as illustrative")
    im.add_argument("--locale", help="how numbers are written in a schedule, e.g. en_IN, fr_FR (default en)")
    im.add_argument("--replace", action="store_true", help="replace an existing library of that name")
    im.set_defaults(func=run_import)
    ex = sub.add_parser("export", help="export a library to .xlsx or a folder of CSV tables")
    ex.add_argument("name", help="library name or .sqlite path")
    ex.add_argument("out", help="OUT.xlsx, or a folder for CSV tables")
    ex.set_defaults(func=run_export)


def _guard(fn: Any) -> Any:
    def wrapper(args: argparse.Namespace) -> int:
        from designer.estimate.library import CostingError

        try:
            return int(fn(args))
        except CostingError as exc:
            raise CliError(str(exc)) from None

    return wrapper


@_guard
def run_list(args: argparse.Namespace) -> int:
    from designer.estimate.library import libraries_dir, list_libraries, open_library

    rows = []
    for name in list_libraries():
        with open_library(name) as lib:
            m = lib.meta
            rows.append(
                {
                    "name": name,
                    "currency": m.currency,
                    "region": m.region,
                    "price_base": m.price_base,
                    "illustrative": m.illustrative,
                    "items": lib.count("assembly"),
                    "resources": lib.count("resource"),
                    "path": str(lib.path),
                }
            )
    if args.format == "json":
        emit_json({"folder": str(libraries_dir()), "libraries": rows})
        return 0
    print(f"Cost libraries in {libraries_dir()}:")
    for r in rows:
        flag = "  ILLUSTRATIVE" if r["illustrative"] else ""
        print(
            f"  {r['name']:<24} {r['currency']} {r['region']:<12} price base {r['price_base']:<10} "
            f"{r['items']:>5} items {r['resources']:>5} resources{flag}"
        )
    return 0


@_guard
def run_show(args: argparse.Namespace) -> int:
    from collections import Counter

    from designer.estimate.library import open_library

    with open_library(args.name) as lib:
        m = lib.meta
        if args.code:
            item = lib.price(args.code, args.region)
            if item is None:
                raise CliError(f"no item {args.code!r} in library {m.name}")
            lines = [r for r in lib.rows("assembly_line") if r["assembly_code"] == item.library_code]
            resources = {r["code"]: r for r in lib.rows("resource") if r["code"] in item.resource_codes}
            bu = item.build_up
            data: dict[str, Any] = {
                "library": m.name,
                "code": item.code,
                "library_code": item.library_code,
                "description": item.description,
                "unit": item.unit,
                "factor": str(item.factor),
                "currency": m.currency,
                "rate": f"{bu.rate:.2f}",
                "materials": f"{bu.materials:.2f}",
                "labour": f"{bu.labour:.2f}",
                "plant": f"{bu.plant:.2f}",
                "overheads_and_profit": f"{bu.overheads_and_profit:.2f}",
                "source": bu.source,
                "price_date": bu.price_date,
                "basis": bu.basis,
                "community_buildable": item.community_ok,
                "build_up": [
                    {
                        "resource": ln["resource_code"],
                        "name": resources[ln["resource_code"]]["name"],
                        "kind": resources[ln["resource_code"]]["kind"],
                        "unit": resources[ln["resource_code"]]["unit"],
                        "rate": resources[ln["resource_code"]]["rate"],
                        "qty_per_unit": ln["qty_per_unit"],
                        "waste_pct": ln["waste_pct"],
                    }
                    for ln in lines
                ],
            }
            if args.format == "json":
                emit_json(data)
                return 0
            print(f"{item.code} ({item.library_code}): {item.description}")
            per = (
                item.unit
                if item.factor == 1
                else f"{item.code} unit (= {item.factor} {item.unit} of {item.library_code})"
            )
            print(
                f"  per {per}: rate {bu.rate:,.2f} {m.currency} = materials {bu.materials:,.2f} + labour "
                f"{bu.labour:,.2f} + plant {bu.plant:,.2f} + overheads and profit {bu.overheads_and_profit:,.2f}"
            )
            print(f"  source: {bu.source} ({bu.price_date})" + (f" [{bu.basis}]" if bu.basis else ""))
            for b in data["build_up"]:
                print(
                    f"    {b['resource']:<12} {b['name'][:50]:<50} {b['qty_per_unit']:>10} {b['unit']:<6} "
                    f"@ {b['rate']:>10} (+{b['waste_pct']} % waste)"
                )
            return 0
        data = {
            "name": m.name,
            "region": m.region,
            "currency": m.currency,
            "price_base": m.price_base,
            "illustrative": m.illustrative,
            "method_of_measurement": m.method_of_measurement,
            "unit_labels": m.unit_labels,
            "description": m.description,
            "source": m.source,
            "counts": {t: lib.count(t) for t in ("resource", "assembly", "assembly_line", "code_alias")},
            "rate_bases": dict(Counter(r["basis"] or "not stated" for r in lib.rows("assembly"))),
            "path": str(lib.path),
        }
    if args.format == "json":
        emit_json(data)
        return 0
    print(f"{data['name']}: {data['description']}")
    print(
        f"  {data['currency']}, region {data['region']}, price base {data['price_base']}, {data['method_of_measurement']}"
    )
    print(f"  source: {data['source']}")
    print("  rates: " + ", ".join(f"{n} {basis}" for basis, n in sorted(data["rate_bases"].items())))
    if data["illustrative"]:
        print("  ILLUSTRATIVE rates: not from a published source")
    print("  " + ", ".join(f"{n} {t}" for t, n in data["counts"].items()))
    return 0


@_guard
def run_import(args: argparse.Namespace) -> int:
    from designer.estimate.library import DEFAULT_LIBRARY, import_library, library_path

    target = library_path(args.name)
    if target.exists() and not args.replace:
        raise CliError(f"a library named {args.name!r} exists; add --replace to replace it")
    if args.name == DEFAULT_LIBRARY and not args.replace:
        raise CliError(f"{DEFAULT_LIBRARY!r} is the default library's name; choose another --name")
    meta = {
        "name": args.name,
        "currency": args.currency,
        "region": args.region,
        "price_base": args.price_base,
        "source": args.source,
        "description": args.description,
    }
    if args.illustrative:
        meta["illustrative"] = "true"
    mapping: Any = args.mapping
    if getattr(args, "locale", None):
        from designer.estimate.library import load_mapping

        mapping = {**load_mapping(args.mapping), "locale": args.locale}
    lib = import_library(target, Path(args.path), mapping=mapping, meta=meta)
    with lib:
        print(
            f"imported {lib.count('assembly')} items and {lib.count('resource')} resources into "
            f"{args.name!r} ({lib.path})"
        )
    return 0


@_guard
def run_inspect(args: argparse.Namespace) -> int:
    from designer.estimate.library import inspect_schedule, load_mapping

    mapping = load_mapping(args.mapping)
    if args.locale:
        mapping["locale"] = args.locale
    data = inspect_schedule(Path(args.path), mapping)
    if args.format == "json":
        emit_json(data)
        return 0
    print(
        f"{args.path}: {data['items']} items, {data['groups']} groups (headings), {data['skipped']} rows skipped "
        f"in {len(data['sheets'])} sheets (numbers read as {data['locale']})"
    )
    for sh in data["sheets"]:
        if sh["header_row"] is None:
            print(f"  sheet {sh['sheet']!r}: nothing read — {sh['note']}")
            continue
        cols = ", ".join(f"{f}={h!r}" for f, h in sh["columns"].items())
        print(
            f"  sheet {sh['sheet']!r}: header row {sh['header_row']} ({cols}); {sh['items']} items, "
            f"{sh['groups']} groups, {len(sh['skipped'])} skipped, {len(sh['renamed_codes'])} codes made unique"
        )
        if sh["unknown_units"]:
            units = ", ".join(f"{u!r} ×{n}" for u, n in sh["unknown_units"].items())
            print(f"    unknown units (imported as written, never priced against another unit): {units}")
        if args.rows:
            for s in sh["skipped"]:
                print(f"    row {s['row']}: skipped — {s['reason']}")
            for r in sh["renamed_codes"]:
                print(f"    row {r['row']}: code {r['written'] or '(none)'!r} → {r['code']!r}")
    return 0


@_guard
def run_export(args: argparse.Namespace) -> int:
    from designer.estimate.library import export_library, open_library
    from designer.io.atomic import atomic_write, atomic_write_folder
    from designer.io.output_paths import check_output_paths

    out = Path(args.out)
    with open_library(args.name) as lib:
        check_output_paths({f"library {args.name!r}": lib.path}, {"OUT": out})
        # All or nothing: never a 0-byte workbook or half a folder of tables on a full disk.
        if out.suffix.lower() == ".xlsx":
            atomic_write(out, lambda tmp: export_library(lib, tmp))
        else:
            atomic_write_folder(out, lambda tmp: export_library(lib, tmp))
    print(f"exported {args.name} to {out}")
    return 0
