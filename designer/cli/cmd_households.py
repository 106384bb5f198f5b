"""`jamii households …`, `jamii workshop …` and `jamii votes`: the people side of a project.

    jamii households import FILE CSV [--mapping MAP] [--repeat R] [--dry-run] [--format text|json]
    jamii households list FILE [--personal] [--format text|json]
    jamii households savings FILE [--format text|json]
    jamii workshop add FILE --date YYYY-MM-DD [--place P] [--method single|ranking|budget] [--budget AMOUNT]
                   [--count SEX:AGE=N ...] [--notes TEXT]
    jamii workshop ballots FILE WORKSHOP CSV [--prices CSV]     paper ballots entered after the meeting
    jamii workshop list FILE [--format text|json]
    jamii votes FILE [--workshop ID] [--prices CSV] [--format text|json]

Commands that change the project save it atomically; every change is checked first, so a bad row
leaves the file as it was.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

import designer.model.household_mapping  # noqa: F401  (registers the saved-mapping record kind)
from designer.cli.common import add_format_argument, editing, emit_json, load
from designer.cli.errors import CliError

if TYPE_CHECKING:
    from designer.analysis.participation import Candidate
    from designer.model.document import Document
    from designer.model.people import WorkshopRecord

__all__ = ["household_rows", "parse_ballots_csv", "register"]


def _add_baseline(hh_sub: Any) -> None:
    p = hh_sub.add_parser(
        "baseline", help="today's JMP water/sanitation/hygiene rungs from the survey, beside the drawing's"
    )
    p.add_argument("file", help="a .jamii project file")
    add_format_argument(p)
    p.set_defaults(func=run_baseline)


def register(subparsers: Any) -> None:
    hh = subparsers.add_parser("households", help="import and list the household register")
    hh_sub = hh.add_subparsers(dest="households_command", metavar="ACTION", required=True)

    p = hh_sub.add_parser("import", help="import a Kobo/ODK/plain CSV or XLSX survey export")
    p.add_argument("file", help="a .jamii project file (saved in place)")
    p.add_argument("csv", help="the survey export (.csv, .xlsx, or an ODK Central .zip)")
    p.add_argument(
        "--mapping", help="a TOML column mapping (default: the one saved in the project, or a guess)"
    )
    p.add_argument(
        "--repeat", action="append", default=[], help="an ODK repeat file (default: NAME-*.csv beside)"
    )
    p.add_argument("--form", help="the XLSForm (.xlsx or .xls): answers typed, choice codes shown as labels")
    p.add_argument("--dry-run", action="store_true", help="check and report, but do not save")
    add_format_argument(p)
    p.set_defaults(func=run_import)

    p = hh_sub.add_parser("list", help="list households (pseudonymous ids; no names unless --personal)")
    p.add_argument("file", help="a .jamii project file")
    p.add_argument("--personal", action="store_true", help="also show names and phone numbers")
    add_format_argument(p)
    p.set_defaults(func=run_list)

    _add_baseline(hh_sub)

    p = hh_sub.add_parser("savings", help="savings groups: members by sex, balances, monthly savings")
    p.add_argument("file", help="a .jamii project file")
    add_format_argument(p)
    p.set_defaults(func=run_savings)

    ws = subparsers.add_parser("workshop", help="record workshops and enter paper ballots")
    ws_sub = ws.add_subparsers(dest="workshop_command", metavar="ACTION", required=True)
    p = ws_sub.add_parser("add", help="add a workshop record")
    p.add_argument("file", help="a .jamii project file (saved in place)")
    p.add_argument("--date", required=True, help="ISO date, e.g. 2026-11-07")
    p.add_argument("--place", default="")
    p.add_argument(
        "--method", choices=("single", "ranking", "budget"), default="single", help="voting method"
    )
    p.add_argument("--budget", help="budget limit of a shopping-cart vote (project currency)")
    p.add_argument(
        "--count", action="append", default=[], metavar="SEX:AGE=N", help="participants, e.g. female:adult=21"
    )
    p.add_argument("--notes", default="")
    p.set_defaults(func=run_workshop_add)

    p = ws_sub.add_parser(
        "ballots", help="add paper ballots from a CSV (sex, age_group, choice_1, choice_2, …)"
    )
    p.add_argument("file", help="a .jamii project file (saved in place)")
    p.add_argument("workshop", help="the workshop id")
    p.add_argument("csv", help="ballots CSV")
    p.add_argument("--prices", help="components CSV item_id,label,price for a budget vote")
    p.set_defaults(func=run_workshop_ballots)

    p = ws_sub.add_parser("list", help="list workshop records")
    p.add_argument("file", help="a .jamii project file")
    add_format_argument(p)
    p.set_defaults(func=run_workshop_list)

    p = subparsers.add_parser("votes", help="workshop participation and votes, disaggregated by sex")
    p.add_argument("file", help="a .jamii project file")
    p.add_argument("--workshop", help="only this workshop id")
    p.add_argument("--prices", help="components CSV item_id,label,price for budget votes")
    add_format_argument(p)
    p.set_defaults(func=run_votes)


# --------------------------------------------------------------------------- households


def run_import(args: argparse.Namespace) -> int:
    from designer.io.households_import import import_households

    with editing(args.file, args) as edit:
        report = import_households(
            edit.doc, args.csv, mapping=args.mapping, repeat_paths=args.repeat, form=args.form
        )
        changed = report.added + report.updated > 0 or bool(report.savings_groups_created)
        if not args.dry_run:
            edit.save()
    if args.format == "json":
        data = report.to_json()
        data["saved"] = not args.dry_run
        emit_json(data)
        return 0
    src = {"kobo": "KoboToolbox", "odk": "ODK", "plain": "plain table"}[report.source]
    print(
        f"{report.file} ({src}): {report.rows} households — {report.added} added, "
        f"{report.updated} updated, {report.unchanged} unchanged"
    )
    if report.repeat_files:
        links = [
            f"{f} (linked by {report.repeat_links[f]})" if f in report.repeat_links else f
            for f in report.repeat_files
        ]
        print(f"  repeats: {', '.join(links)}")
    print(
        f"  plots: {report.matched_by_number} by plot number, {report.matched_by_point} by GPS point, "
        f"{len(report.unmatched)} unmatched"
    )
    if report.unplaced:
        print(
            f"  unplaced: {report.unplaced} households have no plot number and no GPS point; "
            "place them later in the Households dock, or re-import a table of their ids and plot numbers"
        )
    for title, notes in (
        ("unmatched", report.unmatched),
        (
            f"low precision (> {report.mapping.max_precision_m:g} m)" if report.mapping else "low precision",
            report.low_precision,
        ),
        ("to check", report.conflicts),
    ):
        if notes:
            print(f"  {title}:")
            for n in notes:
                print(f"    row {n.row:<5} {n.household_id}  {n.detail}")
    for note in report.notes:
        print(f"  note: {note}")
    if report.savings_groups_created:
        print(f"  new savings groups: {', '.join(report.savings_groups_created)}")
    if args.dry_run:
        print("  dry run: the project was not changed")
    elif changed:
        print(f"  saved {args.file}")
    return 0


def household_rows(doc: Document, personal: bool = False) -> list[dict[str, Any]]:
    """Return one JSON-ready row per household (pseudonymous id; names only when ``personal``)."""
    from designer.model.entities import Plot
    from designer.model.people import Household, SavingsGroup
    from designer.model.privacy import public_household_id

    rows = []
    for h in sorted(doc.of_type(Household), key=lambda h: h.id):
        plot = doc.get(h.plot_id) if h.plot_id else None
        group = doc.get(h.savings_group_id) if h.savings_group_id else None
        row: dict[str, Any] = {
            "id": h.id if personal else public_household_id(h),
            "plot_id": h.plot_id,
            "plot_number": plot.number if isinstance(plot, Plot) else "",
            "size_persons": h.size_persons,
            "children": h.children,
            "head_sex": h.head_sex.value,
            "tenure": h.tenure.value,
            "income_per_month": None if h.income_per_month is None else str(h.income_per_month),
            "savings_group": group.name if isinstance(group, SavingsGroup) else "",
            "savings_balance": str(h.savings_balance),
            "monthly_savings": str(h.monthly_savings),
            "survey": {a.question: a.value for a in h.survey},
        }
        if personal:
            row["name"] = h.name
            row["phone"] = h.phone
        rows.append(row)
    return rows


def run_baseline(args: argparse.Namespace) -> int:
    from designer.analysis.check import check_option
    from designer.analysis.survey_baseline import LADDERS, survey_baseline
    from designer.model.people import Household

    doc = load(args.file)
    placed = any(h.plot_id and h.survey for h in doc.of_type(Household))
    base = survey_baseline(doc, check_option(doc, None, pressure=False) if placed else None)
    if args.format == "json":
        emit_json({"file": args.file, **base.to_json()})
        return 0
    if not base.surveyed:
        print(
            f"{args.file}: no household has survey answers (import a survey with 'jamii households import')"
        )
        return 0
    print(f"{args.file}: today's service levels of {base.surveyed} surveyed households")
    for ladder, rungs in LADDERS.items():
        print(f"  {ladder}")
        drawn = base.drawing_counts.get(ladder)
        print(
            f"    {'rung':<16} {'survey':>7} {'drawing':>8}"
            if drawn is not None
            else f"    {'rung':<16} {'survey':>7}"
        )
        # The drawing says "none" where the survey says surface water, and can tell safely managed.
        names = {"surface_water": "none"} if ladder == "water" else {}
        shown = {names.get(x, x) for x in (*rungs, "unknown")}
        extra = [r for r in (drawn or {}) if r not in shown]
        for rung in (*rungs, *extra, "unknown"):
            said = base.survey_counts[ladder].get(rung)
            line = f"    {rung.replace('_', ' '):<16} {'—' if said is None else said:>7}"
            if drawn is not None:
                line += f" {drawn.get(names.get(rung, rung), 0):>8}"
            print(line)
    if base.disagreements:
        print(f"  to check ({len(base.disagreements)} disagreements of survey and drawing):")
        for d in base.disagreements:
            print(f"    {d.household_id}  {d.ladder}: {d.detail}")
    for note in base.notes:
        print(f"  note: {note}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    doc = load(args.file)
    rows = household_rows(doc, args.personal)
    if args.format == "json":
        emit_json({"file": args.file, "households": rows})
        return 0
    cols = ["id", "plot_number", "size_persons", "children", "head_sex", "tenure", "savings_group"]
    if args.personal:
        cols += ["name", "phone"]
    heads = ["id", "plot", "persons", "children", "head", "tenure", "savings group"] + (
        ["name", "phone"] if args.personal else []
    )
    widths = [
        max(len(h), *(len(str(r[c])) for r in rows)) if rows else len(h)
        for h, c in zip(heads, cols, strict=True)
    ]
    print("  ".join(h.ljust(w) for h, w in zip(heads, widths, strict=True)).rstrip())
    for r in rows:
        print("  ".join(str(r[c]).ljust(w) for c, w in zip(cols, widths, strict=True)).rstrip())
    unmatched = sum(1 for r in rows if not r["plot_id"])
    print(
        f"{len(rows)} households, {sum(r['size_persons'] for r in rows)} persons, {unmatched} without a plot"
    )
    return 0


def run_savings(args: argparse.Namespace) -> int:
    from designer.analysis.savings import savings_summary

    doc = load(args.file)
    s = savings_summary(doc)
    if args.format == "json":
        emit_json(s.to_json())
        return 0
    cur = doc.project.currency
    print(f"Savings groups ({len(s.groups)}): members {s.members_female} women, {s.members_male} men")
    for g in s.groups:
        print(
            f"  {g.name}: {g.members_female} F / {g.members_male} M, {g.member_households} households; "
            f"balance {cur} {g.balance}, saving {cur} {g.monthly_savings}/month"
        )
    print(f"Total balance {cur} {s.total_balance}; saving {cur} {s.total_monthly_savings}/month")
    print(
        f"Per household ({s.households}, {s.saving_households} saving): balance {cur} {s.balance_per_household}, "
        f"{cur} {s.monthly_savings_per_household}/month"
    )
    for sex, v in s.by_head_sex.items():
        if v.households:
            j = v.to_json()
            print(
                f"  {sex}-headed: {v.households} households, {v.saving_households} saving, balance {cur} "
                f"{v.balance} ({cur} {j['balance_per_household']} each)"
            )
    return 0


# --------------------------------------------------------------------------- workshops


_COUNT = re.compile(r"^\s*(\w+)\s*:\s*(\w+)\s*=\s*(\d+)\s*$")


def _parse_count(text: str) -> Any:
    from designer.model.people import AgeGroup, ParticipantCount, Sex

    m = _COUNT.match(text)
    if m is None:
        raise CliError(f"--count {text!r}: expected SEX:AGE=N, e.g. female:adult=21")
    sex, age, n = m.groups()
    try:
        return ParticipantCount(sex=Sex(sex.lower()), age_group=AgeGroup(age.lower()), count=int(n))
    except ValueError:
        sexes = ", ".join(s.value for s in Sex)
        ages = ", ".join(a.value for a in AgeGroup)
        raise CliError(f"--count {text!r}: sex is one of {sexes}; age group one of {ages}") from None


def run_workshop_add(args: argparse.Namespace) -> int:
    import datetime

    from designer.model.commands import AddRecord
    from designer.model.people import VotingMethod, WorkshopRecord
    from designer.model.records import new_id

    try:
        datetime.date.fromisoformat(args.date)
    except ValueError:
        raise CliError(f"--date {args.date!r}: expected an ISO date such as 2026-11-07") from None
    budget = None
    if args.budget is not None:
        try:
            budget = Decimal(args.budget)
        except InvalidOperation:
            raise CliError(f"--budget {args.budget!r} is not an amount") from None
        if not budget.is_finite() or budget <= 0:
            raise CliError(f"--budget {args.budget!r} must be a positive amount")
    if args.method == "budget" and budget is None:
        raise CliError("a budget vote needs --budget AMOUNT")
    record = WorkshopRecord(
        id=new_id(WorkshopRecord.ID_PREFIX),
        date=args.date,
        place=args.place,
        voting=VotingMethod(args.method),
        budget_limit=budget,
        participants=tuple(_parse_count(c) for c in args.count),
        notes=args.notes,
    )
    with editing(args.file, args) as edit:
        AddRecord(record, "Add workshop").do(edit.doc)
        edit.save()
    print(record.id)
    return 0


def _workshop(doc: Document, ref: str) -> WorkshopRecord:
    from designer.model.people import WorkshopRecord

    rec = doc.get(ref)
    if isinstance(rec, WorkshopRecord):
        return rec
    known = ", ".join(f"{w.id} ({w.date})" for w in sorted(doc.of_type(WorkshopRecord), key=lambda w: w.id))
    raise CliError(f"no workshop {ref!r}; the workshops are: {known or 'none yet'}")


def _candidates(doc: Document, workshop: WorkshopRecord, prices: str | None) -> list[Candidate]:
    from designer.analysis.participation import Candidate, load_prices_csv
    from designer.estimate.budget_vote import cart_items
    from designer.model.people import VotingMethod

    if workshop.voting is VotingMethod.BUDGET:
        return load_prices_csv(prices) if prices else cart_items(doc)
    return [Candidate(o.id, o.name) for o in sorted(doc.options, key=lambda o: o.id)]


def parse_ballots_csv(path: str, candidates: list[Candidate]) -> list[Any]:
    """Read paper ballots: columns ``sex``, optional ``age_group``, and ``choice_1, choice_2, …`` (or
    ``choices`` separated by ``;``). A choice is an option/component id or its name (any case).

    Raises:
        CliError: naming the row and column of the first bad cell (no ballot is added then).
    """
    from designer.model.people import AgeGroup, Ballot, Sex

    by_key: dict[str, str] = {}
    for c in candidates:
        by_key[c.id.casefold()] = c.id
        by_key.setdefault(c.label.strip().casefold(), c.id)
    sex_words = {"f": "female", "w": "female", "woman": "female", "m": "male", "man": "male"}
    ballots = []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        headers = [h.strip() for h in reader.fieldnames or []]
        if "sex" not in headers:
            raise CliError(f"{path}: no 'sex' column (expected sex, age_group, choice_1, choice_2, …)")
        choice_cols = sorted(
            (h for h in headers if re.fullmatch(r"choice_?\d+", h)), key=lambda h: int(re.sub(r"\D", "", h))
        )
        if not choice_cols and "choices" not in headers:
            raise CliError(f"{path}: no choice columns (choice_1, choice_2, … or choices)")
        for n, raw in enumerate(reader, start=2):
            row = {(k or "").strip(): (v or "").strip() for k, v in raw.items()}
            sex_text = row.get("sex", "").casefold()
            try:
                sex = Sex(sex_words.get(sex_text, sex_text))
            except ValueError:
                raise CliError(
                    f"{path} row {n}, column 'sex': {row.get('sex')!r} is not female/male/other/unknown"
                ) from None
            age_text = row.get("age_group", "").casefold() or "adult"
            try:
                age = AgeGroup(age_text)
            except ValueError:
                raise CliError(
                    f"{path} row {n}, column 'age_group': {age_text!r} is not child/youth/adult/elder"
                ) from None
            cells = (
                [(c, row.get(c, "")) for c in choice_cols]
                if choice_cols
                else [("choices", part.strip()) for part in row.get("choices", "").split(";")]
            )
            choices = []
            for col, text in cells:
                if not text:
                    continue
                cid = by_key.get(text.casefold())
                if cid is None:
                    raise CliError(f"{path} row {n}, column {col!r}: {text!r} is not one of the choices")
                choices.append(cid)
            ballots.append(Ballot(sex=sex, age_group=age, choices=tuple(choices), paper=True))
    return ballots


def run_workshop_ballots(args: argparse.Namespace) -> int:
    from designer.model.commands import ReplaceRecord

    with editing(args.file, args) as edit:
        doc = edit.doc
        workshop = _workshop(doc, args.workshop)
        ballots = parse_ballots_csv(args.csv, _candidates(doc, workshop, args.prices))
        new = dataclasses.replace(workshop, ballots=workshop.ballots + tuple(ballots))
        ReplaceRecord(workshop, new, "Enter paper ballots").do(doc)
        edit.save()
    print(f"{len(ballots)} paper ballots added to {workshop.id} ({len(new.ballots)} in all)")
    return 0


def run_workshop_list(args: argparse.Namespace) -> int:
    from designer.analysis.participation import participants_summary
    from designer.model.people import WorkshopRecord

    doc = load(args.file)
    rows = []
    for w in sorted(doc.of_type(WorkshopRecord), key=lambda w: (w.date, w.id)):
        p = participants_summary(w)
        rows.append(
            {
                "id": w.id,
                "date": w.date,
                "place": w.place,
                "voting": w.voting.value,
                "participants": p["by_sex"],
                "ballots": len(w.ballots),
                "paper_ballots": sum(1 for b in w.ballots if b.paper),
            }
        )
    if args.format == "json":
        emit_json({"file": args.file, "workshops": rows})
        return 0
    if not rows:
        print("no workshops recorded")
    for r in rows:
        ps = r["participants"]
        print(
            f"{r['id']}  {r['date']}  {r['place'] or '-'}  {r['voting']}: {ps['total']} participants "
            f"({ps['female']} F, {ps['male']} M), {r['ballots']} ballots ({r['paper_ballots']} on paper)"
        )
    return 0


def run_votes(args: argparse.Namespace) -> int:
    from designer.analysis.participation import load_prices_csv, workshop_results
    from designer.estimate.budget_vote import cart_items
    from designer.model.people import WorkshopRecord

    doc = load(args.file)
    workshops = (
        [_workshop(doc, args.workshop)]
        if args.workshop
        else sorted(doc.of_type(WorkshopRecord), key=lambda w: (w.date, w.id))
    )
    # Without a prices CSV a budget vote is over the options' works bills (priced once, when needed).
    prices = load_prices_csv(args.prices) if args.prices else lambda: cart_items(doc)
    results = [workshop_results(doc, w, prices) for w in workshops]
    if args.format == "json":
        emit_json({"file": args.file, "workshops": results})
        return 0
    if not results:
        print("no workshops recorded")
    for r in results:
        p, v = r["participants"], r["votes"]
        print(f"Workshop {r['id']} on {r['date']} at {r['place'] or '-'} — {v['method']} vote")
        print(
            f"  participants: {p['total']} ({p['by_sex']['female']} women, {p['by_sex']['male']} men); "
            f"valid ballots: {v['ballots']['total']} ({v['paper_ballots']} on paper, {v['phone_ballots']} by phone), "
            f"invalid: {len(v['invalid'])}"
        )
        ages = ", ".join(f"{k} {n}" for k, n in v["ballots_by_age_group"].items() if n)
        print(f"  valid ballots by age group: {ages or 'none'}")
        score = "borda" if v["method"] == "ranking" else "votes"
        head = f"  {'choice':<40} {'women':>6} {'men':>6} {'other':>6} {'total':>6}"
        if v["method"] == "ranking":
            head += f" {'1st':>5}"
        if v["method"] == "budget":
            head += f" {'price':>12} funded"
        print(head)
        for c in v["results"]:
            s = c[score]
            line = f"  {c['label'][:40]:<40} {s['female']:>6} {s['male']:>6} {s['other'] + s['unknown']:>6} {s['total']:>6}"
            if v["method"] == "ranking":
                line += f" {c['votes']['total']:>5}"
            if v["method"] == "budget":
                line += f" {c['price']:>12} {'yes' if c.get('funded') else 'no'}"
            print(line)
        if v["method"] == "ranking":
            print("  (Borda points by sex; 1st = first preferences)")
        if v["winners"]:
            labels = {c["id"]: c["label"] for c in v["results"]}
            print(f"  most support: {', '.join(f'{labels[w]} ({w})' for w in v['winners'])}")
        for inv in v["invalid"]:
            print(f"  ballot {inv['ballot']} not counted: {inv['reason']}")
        for note in r["notes"]:
            print(f"  note: {note}")
    return 0
