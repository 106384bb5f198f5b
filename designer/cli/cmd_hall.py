"""`jamii hall`: phones in the hall — codes, the local voting server, closing the vote.

jamii hall FILE --workshop ID --codes N --out CODES.pdf|.txt [--url URL]   make N single-use codes
jamii hall FILE --workshop ID [--bind ADDR] [--port N]                     serve the vote
jamii hall FILE --workshop ID --close                                       close the vote
"""

from __future__ import annotations

import argparse
import time
from typing import Any

from designer.cli.common import load
from designer.cli.errors import CliError

__all__ = ["register"]


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("hall", help="residents vote from their phones over the hall's local network")
    p.add_argument("file", help="a .jamii project file")
    p.add_argument("--workshop", required=True, help="the workshop id (see `jamii workshop list`)")
    p.add_argument(
        "--codes", type=int, metavar="N", help="make N more single-use voting codes and print them"
    )
    p.add_argument("--out", help="where to print the new codes (.pdf slips with QR codes, or .txt)")
    p.add_argument("--url", default="", help="the hall's address, for the QR codes on the slips")
    p.add_argument(
        "--bind", default="127.0.0.1", help="address of the interface to listen on (default 127.0.0.1)"
    )
    p.add_argument("--port", type=int, default=8080, help="port to listen on (default 8080)")
    p.add_argument("--close", action="store_true", help="close the vote: no code casts a ballot after this")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.codes is not None:
        return _make_codes(args)
    from designer.hall.codes import CodeError
    from designer.hall.store import BallotStore, VoteClosedError, find_workshop

    doc = load(args.file)
    find_workshop(doc, args.workshop)
    if args.close:
        store = BallotStore(args.file, args.workshop, [])
        store.close_vote()
        print(f"{args.workshop}: vote closed; {store.used_codes()} phone ballots recorded")
        return 0
    try:
        return _serve(args, doc)
    except (CodeError, VoteClosedError) as exc:
        raise CliError(str(exc)) from None


def _make_codes(args: argparse.Namespace) -> int:
    from designer.hall.codes import CODE_ENTROPY_BITS, make_codes
    from designer.hall.printout import write_codes
    from designer.hall.store import find_workshop, hall_codes_of, store_codes
    from designer.io.project_file import save_project

    if not args.out:
        raise CliError("--codes needs --out FILE (.pdf or .txt) to print them: they are not stored in clear")
    doc = load(args.file)
    workshop = find_workshop(doc, args.workshop)
    record, codes = make_codes(workshop.id, args.codes, hall_codes_of(doc, workshop.id))
    title = f"{doc.project.name} — {workshop.date} {workshop.place}".strip()
    # Print first: codes saved but never printed would be lost to the residents.
    write_codes(args.out, codes, title=title, base_url=args.url)
    store_codes(doc, record)
    save_project(doc, args.file)
    print(
        f"{len(codes)} codes for {workshop.id} written to {args.out} "
        f"({len(record.code_hashes)} in all; {CODE_ENTROPY_BITS:.1f} bits each, stored hashed)"
    )
    return 0


def _serve(args: argparse.Namespace, doc: Any) -> int:
    from designer.hall.cards import build_content
    from designer.hall.server import HallServer, HallSettings, local_addresses
    from designer.hall.store import BallotStore, find_workshop

    content = build_content(doc, find_workshop(doc, args.workshop))
    store = BallotStore(args.file, args.workshop, content.candidates)
    settings = HallSettings()
    server = HallServer(store, content, host=args.bind, port=args.port, settings=settings)
    try:
        server.start()
    except OSError as exc:
        raise CliError(f"cannot listen on {args.bind}:{args.port} ({exc.strerror or exc})") from None
    print(f"Phones open {server.url}   projector: {server.url}results")
    if args.bind.startswith("127."):
        hint = ", ".join(local_addresses()) or "the laptop's hall address"
        print(f"(listening on this laptop only; for phones use --bind with one of: {hint})")
    print(
        f"Close the vote: jamii hall {args.file} --workshop {args.workshop} --close   (Ctrl-C stops listening)"
    )
    try:
        while not server.closed.is_set():
            time.sleep(1.0)
            if store.closed_on_disk():
                break
    except KeyboardInterrupt:
        print("stopped listening; the vote stays open")
    finally:
        server.stop()
    print(f"{store.used_codes()} phone ballots recorded in {args.file}")
    return 0
