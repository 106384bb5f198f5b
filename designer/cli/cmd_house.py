"""`jamii house …`: the house-type library, rule checks, placing houses and drawing plans.

    jamii house list [--project FILE] [--format text|json]
    jamii house show TYPE [--project FILE] [--format text|json]        rooms, stages, quantities per stage
    jamii house check TYPE [--project FILE] [--persons N] [--profile P] [--format text|json]
    jamii house check --project FILE --option ID [--format text|json]  every placed house on its plot
    jamii house place FILE --option ID --type TYPE (--plots P1,P2 | --buildings B1,B2)
                      [--stages N] [--align auto|left|centre|right] [--output OUT] [--format text|json]
    jamii house plan TYPE [TYPE …] [--project FILE] [--dxf OUT] [--pdf OUT] [--scale 50|100]
    jamii house save TYPE OUT.toml [--project FILE]                    a type as TOML, to edit and share
    jamii house add FILE TYPE.toml                                     put a TOML type into a project

Types are looked up in the project (``--project``), then the user's folder, then the shipped library.
``place`` and ``add`` save the project atomically (in place unless ``--output``).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

import designer.model.housing  # noqa: F401  (registers the house_type record kind)
from designer.cli.common import add_format_argument, editing, emit_json, load, resolve_option
from designer.cli.errors import CliError

if TYPE_CHECKING:
    from designer.io.house_library import HouseLibrary
    from designer.model.document import Document
    from designer.model.housing import HouseType, RuleResult

__all__ = ["register", "rule_json", "type_summary"]


def register(subparsers: Any) -> None:
    house = subparsers.add_parser("house", help="house types: list, show, check, place on plots, draw plans")
    sub = house.add_subparsers(dest="house_command", metavar="ACTION", required=True)

    p = sub.add_parser("list", help="the house types available (project, user folder, shipped)")
    p.add_argument("--project", help="a .jamii project whose own types are listed too")
    add_format_argument(p)
    p.set_defaults(func=run_list)

    p = sub.add_parser("show", help="rooms, stages and quantities of a house type")
    p.add_argument("type", help="house type id")
    p.add_argument("--project", help="a .jamii project whose types take precedence")
    add_format_argument(p)
    p.set_defaults(func=run_show)

    p = sub.add_parser("check", help="rule checks of a type on its design plot, or of an option's houses")
    p.add_argument("type", nargs="?", help="house type id (omit with --option to check placed houses)")
    p.add_argument("--project", help="a .jamii project (its standards profile and types)")
    p.add_argument("--option", help="check every house the option places, on its plot")
    p.add_argument("--persons", type=float, help="household size (default: the project's, else 4)")
    p.add_argument("--profile", help="rule profile in house_rules.toml (default: the project's standards)")
    add_format_argument(p)
    p.set_defaults(func=run_check)

    p = sub.add_parser("place", help="place a house type on plots, or an improvement on buildings")
    p.add_argument("file", help="a .jamii project file (saved in place unless --output)")
    p.add_argument("--option", required=True, help="option id or name")
    p.add_argument("--type", required=True, dest="type_id", help="house type id")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--plots", help="comma-separated plot ids or numbers")
    where.add_argument("--buildings", help="comma-separated existing building ids (improvements)")
    p.add_argument("--stages", type=int, default=1, help="stages built (new houses; default 1)")
    p.add_argument("--align", default="auto", choices=("auto", "left", "centre", "right"))
    p.add_argument("--output", help="write the changed project here instead")
    add_format_argument(p)
    p.set_defaults(func=run_place)

    p = sub.add_parser("plan", help="house plans as DXF (1:50 / 1:100) and/or a PDF house sheet")
    p.add_argument("types", nargs="+", help="house type ids ('all' for every new-house type)")
    p.add_argument(
        "--project", help="a .jamii project whose types take precedence (and whose costs the sheet shows)"
    )
    p.add_argument("--dxf", help="write the plans to this DXF")
    p.add_argument("--pdf", help="write the house sheets to this PDF")
    p.add_argument(
        "--scale", type=int, choices=(50, 100), help="drawing scale (default: largest that fits A3)"
    )
    p.add_argument("--no-cost", action="store_true", help="leave the cost per stage off the PDF sheet")
    p.set_defaults(func=run_plan)

    p = sub.add_parser("save", help="write a house type as TOML (to edit, share or keep in the user folder)")
    p.add_argument("type", help="house type id")
    p.add_argument("out", help="the .toml file to write")
    p.add_argument("--project", help="a .jamii project whose types take precedence")
    p.set_defaults(func=run_save)

    p = sub.add_parser("add", help="put a house type from a TOML file into a project")
    p.add_argument("file", help="a .jamii project file (saved in place)")
    p.add_argument("toml", help="the house type .toml")
    p.set_defaults(func=run_add)


# --------------------------------------------------------------------------- helpers


def _library(project: str | None) -> tuple[HouseLibrary, Document | None]:
    from designer.io.house_library import load_library

    doc = load(project) if project else None
    return load_library(doc), doc


def _rules(doc: Document | None, profile: str | None) -> Any:
    from designer.io.house_library import load_rules

    return load_rules(profile or (doc.project.standards_profile if doc else None))


def type_summary(ht: HouseType, origin: str = "") -> dict[str, Any]:
    """Return the stable JSON summary of a house type (`jamii house list/show`)."""
    from designer.model.housing import HouseCategory, analyse, stage_quantities

    out: dict[str, Any] = {
        "id": ht.id,
        "name": ht.name,
        "category": ht.category.value,
        "programme": ht.programme,
        "origin": origin,
        "storeys": ht.storeys,
        "stages": [
            {
                "number": s.number,
                "name": s.name,
                "built_by": s.built_by.value,
                "works": [w.value for w in s.works],
            }
            for s in ht.stages
        ],
        "design_plot_m": [ht.plot_width_m, ht.plot_depth_m],
        "party_sides": [s.value for s in ht.party_sides],
    }
    if ht.category is HouseCategory.NEW:
        geo = analyse(ht)
        out["rooms"] = [
            {
                "key": r.key,
                "name": r.name,
                "use": r.use.value,
                "level": r.level,
                "stage": r.stage,
                "clear_area_m2": round(geo.room_clear_area_m2[r.key], 2),
            }
            for r in ht.rooms
        ]
        out["quantities"] = [
            {
                "stage": q.stage,
                "floor_area_m2": round(q.floor_area_m2, 2),
                "footprint_area_m2": round(q.footprint_area_m2, 2),
                "foundation_length_m": round(q.foundation_length_m, 2),
                "foundation_volume_m3": round(q.foundation_volume_m3, 3),
                "wall_area_external_m2": round(q.wall_area_external_m2, 2),
                "wall_area_internal_m2": round(q.wall_area_internal_m2, 2),
                "wall_area_party_m2": round(q.wall_area_party_m2, 2),
                "roof_area_m2": round(q.roof_area_m2, 2),
                "openings": dict(q.openings_by_size),
                "wc": q.wc_count,
                "shower": q.shower_count,
                "kitchen": q.kitchen_count,
            }
            for q in stage_quantities(ht)
        ]
        out["floor_area_m2"] = round(sum(q["floor_area_m2"] for q in out["quantities"]), 2)
    return out


def rule_json(r: RuleResult) -> dict[str, Any]:
    return {
        "rule": r.rule,
        "subject": r.subject,
        "ok": r.ok,
        "value": round(r.value, 3) if r.value != float("inf") else None,
        "limit": r.limit,
        "message": r.message,
    }


def _print_rules(results: list[RuleResult], indent: str = "  ") -> None:
    for r in results:
        print(f"{indent}{'ok  ' if r.ok else 'FAIL'} {r.message}")


# --------------------------------------------------------------------------- commands


def run_list(args: argparse.Namespace) -> int:
    lib, _ = _library(args.project)
    rows = [type_summary(ht, lib.origin[ht.id]) for ht in lib.sorted()]
    if args.format == "json":
        emit_json({"house_types": rows})
        return 0
    for row in rows:
        area = f"{row['floor_area_m2']:6.1f} m²" if "floor_area_m2" in row else "   —     "
        print(
            f"{row['id']:<16} {area}  {len(row['stages'])} stage(s)  {row['storeys']} storey(s)  "
            f"[{row['origin']}]  {row['name']}"
        )
    return 0


def run_show(args: argparse.Namespace) -> int:
    lib, _ = _library(args.project)
    ht = lib.get(args.type)
    summary = type_summary(ht, lib.origin[ht.id])
    if args.format == "json":
        emit_json(summary)
        return 0
    print(f"{ht.name} ({ht.id}) — {ht.programme or ht.category.value}")
    if ht.description:
        print(f"  {ht.description}")
    for stage in summary["stages"]:
        works = f" works: {', '.join(stage['works'])}" if stage["works"] else ""
        print(f"  stage {stage['number']}: {stage['name']} (built by {stage['built_by']}){works}")
    for room in summary.get("rooms", []):
        print(
            f"  room {room['key']:<4} {room['name']:<22} {room['use']:<13} level {room['level']} "
            f"stage {room['stage']}  {room['clear_area_m2']:6.2f} m² clear"
        )
    for q in summary.get("quantities", []):
        print(
            f"  stage {q['stage']}: floor {q['floor_area_m2']} m², walls ext {q['wall_area_external_m2']} / "
            f"int {q['wall_area_internal_m2']} / party {q['wall_area_party_m2']} m², roof {q['roof_area_m2']} m², "
            f"footing {q['foundation_length_m']} m ({q['foundation_volume_m3']} m³), "
            f"WC {q['wc']} shower {q['shower']} kitchen {q['kitchen']}"
        )
        for size, n in q["openings"].items():
            print(f"           {n} × {size} m")
    return 0


def run_check(args: argparse.Namespace) -> int:
    from designer.model.entities import CoreHouse
    from designer.model.house_placement import check_placed_house
    from designer.model.housing import check_house

    lib, doc = _library(args.project)
    rules = _rules(doc, args.profile)
    if args.option:
        if doc is None:
            raise CliError("--option needs --project FILE")
        opt = resolve_option(doc, args.option)
        report: list[dict[str, Any]] = []
        for house in sorted(doc.entities(opt.id), key=lambda e: e.id):
            if not isinstance(house, CoreHouse):
                continue
            ht = lib.get(house.house_type)
            results = check_placed_house(doc, house, ht, rules)
            report.append({"house": house.id, "plot": house.plot_id, "type": ht.id, "results": results})
        if args.format == "json":
            emit_json(
                {
                    "option": opt.id,
                    "profile": rules.profile,
                    "houses": [
                        {
                            **{k: v for k, v in r.items() if k != "results"},
                            "results": [rule_json(x) for x in r["results"]],
                        }
                        for r in report
                    ],
                }
            )
            return 0
        print(f"Option {opt.id} ({opt.name}), rules: {rules.profile}")
        for r in report:
            failed = [x for x in r["results"] if not x.ok]
            print(f"house {r['house']} on {r['plot']} ({r['type']}): {len(failed)} rule(s) not met")
            _print_rules(failed, "    ")
        return 0
    if not args.type:
        raise CliError("name a house type, or give --project FILE --option ID")
    ht = lib.get(args.type)
    persons = args.persons or (doc.project.persons_per_household if doc else 4.0)
    results = check_house(ht, rules, persons)
    if args.format == "json":
        emit_json(
            {
                "type": ht.id,
                "persons": persons,
                "profile": rules.profile,
                "results": [rule_json(r) for r in results],
            }
        )
        return 0
    n_failed = sum(1 for r in results if not r.ok)
    print(
        f"{ht.name} ({ht.id}) for {persons:g} persons, rules: {rules.profile} — {n_failed} of {len(results)} not met"
    )
    _print_rules(results)
    return 0


def _split(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


def run_place(args: argparse.Namespace) -> int:
    from designer.io.house_library import load_library, load_rules
    from designer.io.output_paths import check_output_paths
    from designer.model.commands import AddRecord
    from designer.model.entities import CoreHouse, HouseImprovement, Plot
    from designer.model.house_placement import check_placed_house, place_houses, place_improvements
    from designer.model.undo import UndoStack

    out = args.output or args.file
    if args.output:
        check_output_paths({"FILE": args.file}, {"--output": args.output})
    with editing(args.file, args) as edit:
        doc = edit.doc
        opt = resolve_option(doc, args.option)
        lib = load_library(doc)
        ht = lib.get(args.type_id)
        stack = UndoStack(doc)
        if args.plots:
            by_number = {p.number: p.id for p in doc.of_type(Plot) if p.number}
            plot_ids = [t if t in doc else by_number.get(t, t) for t in _split(args.plots)]
            macro = place_houses(doc, opt.id, plot_ids, ht, stages_built=args.stages, align=args.align)
        else:
            macro = place_improvements(doc, opt.id, _split(args.buildings), ht)
        stack.push(macro)
        edit.save(out=out)
    rules = load_rules(doc.project.standards_profile)
    placed = [
        c.record
        for c in macro.commands
        if isinstance(c, AddRecord) and c.record.KIND in ("core_house", "house_improvement")
    ]
    rows = []
    for rec in placed:
        row: dict[str, Any] = {"id": rec.id, "kind": rec.KIND}
        if isinstance(rec, CoreHouse):
            failed = [r for r in check_placed_house(doc, rec, ht, rules) if not r.ok]
            row.update(
                plot=rec.plot_id, rotation_deg=rec.rotation_deg, rules_not_met=[rule_json(r) for r in failed]
            )
        elif isinstance(rec, HouseImprovement):
            row["building"] = rec.building_id
        rows.append(row)
    if args.format == "json":
        emit_json({"option": opt.id, "type": ht.id, "saved": str(out), "placed": rows})
        return 0
    print(f"{macro.label} in option {opt.id}; saved {out}")
    for row in rows:
        if row["kind"] == "core_house":
            print(f"  {row['id']} on plot {row['plot']}, facing {row['rotation_deg']:.1f}°")
            for r in row["rules_not_met"]:
                print(f"    FAIL {r['message']}")
        else:
            print(f"  {row['id']} improves {row['building']}")
    return 0


def run_plan(args: argparse.Namespace) -> int:
    from designer.io.atomic import atomic_write
    from designer.io.output_paths import check_output_paths
    from designer.model.housing import HouseCategory

    if not args.dxf and not args.pdf:
        raise CliError("say where to write the plans: --dxf OUT and/or --pdf OUT")
    lib, doc = _library(args.project)
    if args.types == ["all"]:
        types = [ht for ht in lib.sorted() if ht.category is HouseCategory.NEW]
    else:
        types = [lib.get(t) for t in args.types]
    drawable = [ht for ht in types if ht.category is HouseCategory.NEW]
    if not drawable:
        raise CliError("improvement types have no plan to draw; name a new-house type")
    check_output_paths(
        {"--project": args.project} if args.project else {},
        {k: v for k, v in (("--dxf", args.dxf), ("--pdf", args.pdf)) if v},
    )
    if args.dxf:
        from designer.render.house_dxf import write_house_plans_dxf

        result = write_house_plans_dxf(
            drawable, args.dxf, scale=args.scale, project_name=doc.project.name if doc else ""
        )
        scales = ", ".join(f"{k} 1:{v}" for k, v in result.scales.items())
        print(f"wrote {args.dxf}: {scales}")
    if args.pdf:
        from designer.export.house_sheet import write_house_sheets

        pages = atomic_write(
            args.pdf, lambda tmp: write_house_sheets(drawable, tmp, doc=doc, with_cost=not args.no_cost)
        )
        print(f"wrote {args.pdf}: {pages} page(s)")
    return 0


def run_save(args: argparse.Namespace) -> int:
    from designer.io.house_library import save_house_type

    lib, _ = _library(args.project)
    path = save_house_type(lib.get(args.type), args.out)
    print(f"wrote {path}")
    return 0


def run_add(args: argparse.Namespace) -> int:
    from designer.io.house_library import add_type_command, load_house_type
    from designer.model.undo import UndoStack

    ht = load_house_type(args.toml)
    with editing(args.file, args) as edit:
        cmd = add_type_command(edit.doc, ht)
        if cmd is None:
            print(f"{args.file} already holds this version of {ht.id}")
            return 0
        UndoStack(edit.doc).push(cmd)
        edit.save()
    print(f"{cmd.label} ({ht.id}); saved {args.file}")
    return 0
