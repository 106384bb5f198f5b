"""`jamii item {add,list,remove}`: items added by hand to an option's bill (marked "manual item" on it).

* ``jamii item add FILE --option ID --description TEXT --unit U --quantity Q (--rate R | --code CODE)
  [--bill N] [--note TEXT]`` — R is in the bill's currency; CODE is priced from the cost library (same unit).
  The project file is saved atomically.
* ``jamii item list FILE [--option ID] [--format text|json]``
* ``jamii item remove FILE ID``
"""

from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation
from typing import Any

from designer.cli.common import add_format_argument, emit_json, load, resolve_option
from designer.cli.errors import CliError

__all__ = ["register"]


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("item", help="items added by hand to an option's bill of quantities")
    sub = p.add_subparsers(dest="item_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="add a priced item to an option")
    add.add_argument("file", help="a .jamii project file (saved in place)")
    add.add_argument("--option", help="option id or name (default: the first option)")
    add.add_argument("--description", required=True)
    add.add_argument("--unit", required=True, help="m, m2, m3, kg, t, nr, item, sum or h")
    add.add_argument("--quantity", required=True, help="a positive number")
    price = add.add_mutually_exclusive_group(required=True)
    price.add_argument("--rate", help="unit rate in the bill's currency")
    price.add_argument("--code", help="a cost-library item code to price it from")
    add.add_argument("--bill", type=int, default=10, help="bill number 1–12 (default 10, external works)")
    add.add_argument("--note", default="", help="where the quantity or rate comes from")
    add.set_defaults(func=run_add)
    ls = sub.add_parser("list", help="the manual items of the project or of one option")
    ls.add_argument("file")
    ls.add_argument("--option", help="only this option")
    add_format_argument(ls)
    ls.set_defaults(func=run_list)
    rm = sub.add_parser("remove", help="remove a manual item")
    rm.add_argument("file")
    rm.add_argument("id", help="the item's id (see `jamii item list`)")
    rm.set_defaults(func=run_remove)


def _number(name: str, text: str) -> Decimal:
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise CliError(
            f"--{name} {text!r} is not a number (use . for decimals, no thousands separators)"
        ) from None
    if not value.is_finite():
        raise CliError(f"--{name} {text!r} is not a finite number")
    return value


def run_add(args: argparse.Namespace) -> int:
    from designer.io.project_file import save_project
    from designer.model import AddRecord, ManualItem, new_id
    from designer.model.errors import InvalidRecordError

    doc = load(args.file)
    option = resolve_option(doc, args.option)
    try:
        item = ManualItem(
            id=new_id(ManualItem.ID_PREFIX),
            option_id=option.id,
            description=args.description,
            unit=args.unit,
            quantity=_number("quantity", args.quantity),
            rate=_number("rate", args.rate) if args.rate is not None else None,
            code=args.code or "",
            bill=args.bill,
            note=args.note,
        )
    except InvalidRecordError as exc:
        raise CliError(str(exc)) from None
    AddRecord(item).do(doc)
    save_project(doc, args.file)
    price = (
        f"at {item.rate} per {item.unit}"
        if item.rate is not None
        else f"priced from library item {item.code}"
    )
    print(
        f"added {item.id} to option {option.id}: {item.description}, {item.quantity} {item.unit} {price} (bill {item.bill})"
    )
    return 0


def run_list(args: argparse.Namespace) -> int:
    from designer.model import ManualItem

    doc = load(args.file)
    only = resolve_option(doc, args.option).id if args.option else None
    items = sorted(
        (m for m in doc.of_type(ManualItem) if only is None or m.option_id == only),
        key=lambda m: (m.option_id, m.id),
    )
    rows = [
        {
            "id": m.id,
            "option": m.option_id,
            "bill": m.bill,
            "description": m.description,
            "unit": m.unit,
            "quantity": str(m.quantity),
            "rate": None if m.rate is None else str(m.rate),
            "code": m.code,
            "note": m.note,
        }
        for m in items
    ]
    if args.format == "json":
        emit_json({"file": args.file, "items": rows})
        return 0
    if not rows:
        print("no manual items")
    for r in rows:
        price = f"@ {r['rate']}" if r["rate"] is not None else f"library {r['code']}"
        print(
            f"{r['id']}  {r['option']}  bill {r['bill']}  {r['description']}  {r['quantity']} {r['unit']} {price}"
        )
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from designer.io.project_file import save_project
    from designer.model import ManualItem, RemoveRecord

    doc = load(args.file)
    rec = doc.get(args.id)
    if not isinstance(rec, ManualItem):
        raise CliError(f"no manual item {args.id!r} in {args.file}")
    RemoveRecord(rec).do(doc)
    save_project(doc, args.file)
    print(f"removed {rec.id} ({rec.description}) from option {rec.option_id}")
    return 0
