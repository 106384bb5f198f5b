"""The hall's web server (aiohttp): the phone page, its JSON API, the projector's results page.

Safety, as the issue asks: it listens only on the address the facilitator picks and only while the vote
is open; every request body is at most ``HallSettings.max_request_bytes``; ballots are JSON posted with a
per-code token (a cross-site form can send neither JSON nor the header, so forms cannot be forged);
wrong codes are limited per phone address and posts per code, so codes cannot be guessed in the time
of a workshop; nothing is fetched from the internet (the page and its assets ship in ``resources/hall``).
"""

from __future__ import annotations

import asyncio
import hmac
import secrets
import socket
import threading
import time
import tomllib
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import web

from designer.analysis.participation import workshop_results
from designer.hall.codes import CodeError
from designer.hall.store import BallotRejected, BallotStore, VoteClosedError
from designer.resources import resource_path

if TYPE_CHECKING:
    from designer.hall.cards import HallContent

__all__ = ["HallServer", "HallSettings", "hall_strings", "local_addresses", "make_app"]

LANGUAGES = ("en", "fr", "pt", "sw")
STATIC_FILES = {
    "hall.js": "application/javascript",
    "hall.css": "text/css",
    "results.js": "application/javascript",
}
SECURITY_HEADERS = {
    # Everything comes from the laptop itself: no CDN, no inline script, no framing.
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


@dataclass
class HallSettings:
    """Limits of the hall server (per minute counts are over a sliding 60 s window)."""

    max_request_bytes: int = 4096
    max_failed_codes_per_minute: int = 10
    max_posts_per_code_per_minute: int = 30
    admin_token: str = field(default_factory=lambda: secrets.token_urlsafe(16))
    public_url: str = ""


def local_addresses() -> list[str]:
    """Return this machine's IPv4 addresses other than loopback (the interfaces a hall may be served on)."""
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        return []
    return sorted({str(i[4][0]) for i in infos if not str(i[4][0]).startswith("127.")})


def hall_strings() -> dict[str, dict[str, str]]:
    """Return the page words per language (``resources/hall/strings.toml``)."""
    return tomllib.loads(resource_path("hall", "strings.toml").read_text(encoding="utf-8"))


class _Window:
    """Events per key within the last minute (rate limits)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._events: dict[str, deque[float]] = defaultdict(deque)

    def full(self, key: str) -> bool:
        events = self._events[key]
        now = time.monotonic()
        while events and now - events[0] > 60.0:
            events.popleft()
        return len(events) >= self.limit

    def add(self, key: str) -> None:
        self._events[key].append(time.monotonic())


def _language(request: web.Request, default: str) -> str:
    asked = request.query.get("lang", "")
    if asked in LANGUAGES:
        return asked
    for part in request.headers.get("Accept-Language", "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return default if default in LANGUAGES else "en"


def _error(status: int, key: str, reason: str = "") -> web.Response:
    return web.json_response({"error": key, "reason": reason}, status=status)


class _Hall:
    """The request handlers over one ballot store."""

    def __init__(
        self,
        store: BallotStore,
        content: HallContent,
        settings: HallSettings,
        on_closed: Callable[[], None] | None,
    ) -> None:
        self.store = store
        self.content = content
        self.settings = settings
        self.on_closed = on_closed
        self.strings = hall_strings()
        self.secret = secrets.token_bytes(32)
        self.failed_codes = _Window(settings.max_failed_codes_per_minute)
        self.posts = _Window(settings.max_posts_per_code_per_minute)

    def token_of(self, voter: str) -> str:
        return hmac.new(self.secret, voter.encode(), "sha256").hexdigest()

    # -------------------------------------------------------------- pages

    async def page(self, request: web.Request) -> web.StreamResponse:
        name = "results.html" if request.path == "/results" else "index.html"
        return web.FileResponse(
            resource_path("hall", name), headers={"Content-Type": "text/html; charset=utf-8"}
        )

    async def static(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        if name not in STATIC_FILES:
            raise web.HTTPNotFound
        return web.FileResponse(resource_path("hall", name), headers={"Content-Type": STATIC_FILES[name]})

    async def thumbnail(self, request: web.Request) -> web.Response:
        png = self.content.thumbnails_png.get(request.match_info["option"])
        if png is None:
            raise web.HTTPNotFound
        return web.Response(body=png, content_type="image/png")

    async def qr(self, request: web.Request) -> web.Response:
        import io

        import segno

        url = self.settings.public_url or f"{request.scheme}://{request.host}/"
        buffer = io.BytesIO()
        segno.make(url, error="m").save(buffer, kind="svg", scale=10, border=2)
        return web.Response(body=buffer.getvalue(), content_type="image/svg+xml")

    async def content_json(self, request: web.Request) -> web.Response:
        lang = _language(request, self.content.page.get("language", "en"))
        return web.json_response(
            {
                **self.content.page,
                "lang": lang,
                "strings": self.strings[lang],
                "closed": self.store.closed_on_disk(),
            }
        )

    # -------------------------------------------------------------- voting

    async def _body(self, request: web.Request) -> dict[str, Any]:
        if request.content_type != "application/json":
            raise web.HTTPUnsupportedMediaType(text="ballots are sent as JSON")
        origin = request.headers.get("Origin")
        if origin and origin.split("://", 1)[-1] != request.host:
            raise web.HTTPForbidden(text="cross-site request")
        try:
            data = await request.json()
        except ValueError:
            raise web.HTTPBadRequest(text="not JSON") from None
        if not isinstance(data, dict):
            raise web.HTTPBadRequest(text="not a JSON object")
        return data

    def _voter(self, request: web.Request, code: Any) -> str | web.Response:
        peer = request.remote or "?"
        if self.failed_codes.full(peer):
            return _error(429, "too_many")
        try:
            return self.store.voter_of(str(code or ""))
        except VoteClosedError:
            return _error(409, "closed")
        except CodeError as exc:
            self.failed_codes.add(peer)
            return _error(403, "bad_code", str(exc))

    async def open_ballot(self, request: web.Request) -> web.Response:
        data = await self._body(request)
        voter = self._voter(request, data.get("code"))
        if isinstance(voter, web.Response):
            return voter
        ballot = self.store.ballot_of(voter)
        mine = None
        if ballot is not None:
            age = ballot.age_group.value if ballot.age_group else ""
            mine = {"choices": list(ballot.choices), "sex": ballot.sex.value, "age_group": age}
        return web.json_response({"token": self.token_of(voter), "ballot": mine})

    async def cast(self, request: web.Request) -> web.Response:
        data = await self._body(request)
        voter = self._voter(request, data.get("code"))
        if isinstance(voter, web.Response):
            return voter
        if not hmac.compare_digest(request.headers.get("X-Hall-Token", ""), self.token_of(voter)):
            return _error(403, "bad_token")
        if self.posts.full(voter):
            return _error(429, "too_many")
        self.posts.add(voter)
        choices = data.get("choices")
        if not isinstance(choices, list) or not all(isinstance(c, str) for c in choices):
            return _error(400, "invalid", "choices must be a list of ids")
        try:
            ballot = self.store.make_ballot(
                voter, choices, str(data.get("sex") or ""), str(data.get("age_group") or "")
            )
        except BallotRejected as exc:
            return _error(400, "invalid", str(exc))
        changed = self.store.ballot_of(voter) is not None
        try:
            await self.store.cast(ballot)
        except VoteClosedError:
            return _error(409, "closed")
        return web.json_response({"status": "changed" if changed else "sent"})

    # -------------------------------------------------------------- facilitator

    async def results(self, request: web.Request) -> web.Response:  # noqa: ARG002
        store = self.store
        out = workshop_results(store.doc, store.workshop, store.candidates)
        out["codes_used"] = store.used_codes()
        out["codes"] = len(store._hashes)
        out["closed"] = store.closed
        return web.json_response(out)

    async def close(self, request: web.Request) -> web.Response:
        given = request.headers.get("X-Hall-Admin", "")
        if not hmac.compare_digest(given, self.settings.admin_token):
            return _error(403, "bad_token")
        await asyncio.to_thread(self.store.close_vote)
        if self.on_closed is not None:
            self.on_closed()
        return web.json_response({"status": "closed"})


@web.middleware
async def _headers(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        for k, v in SECURITY_HEADERS.items():
            exc.headers.setdefault(k, v)
        raise
    for k, v in SECURITY_HEADERS.items():
        response.headers.setdefault(k, v)
    return response


def make_app(
    store: BallotStore,
    content: HallContent,
    settings: HallSettings | None = None,
    on_closed: Callable[[], None] | None = None,
) -> web.Application:
    """Return the aiohttp application of a hall vote over ``store``."""
    settings = settings or HallSettings()
    hall = _Hall(store, content, settings, on_closed)
    app = web.Application(client_max_size=settings.max_request_bytes, middlewares=[_headers])
    app.add_routes(
        [
            web.get("/", hall.page),
            web.get("/results", hall.page),
            web.get("/static/{name}", hall.static),
            web.get("/thumb/{option}.png", hall.thumbnail),
            web.get("/qr.svg", hall.qr),
            web.get("/api/content", hall.content_json),
            web.post("/api/open", hall.open_ballot),
            web.post("/api/ballot", hall.cast),
            web.get("/api/results", hall.results),
            web.post("/api/close", hall.close),
        ]
    )
    return app


class HallServer:
    """A hall server running in its own thread (for the CLI, the designer and the tests).

    Args:
        store: the ballot box.
        content: the cards and thumbnails.
        host: the address to listen on (the interface the facilitator picked; 127.0.0.1 in tests).
        port: the port (0: any free port; see ``port`` after ``start``).
    """

    def __init__(
        self,
        store: BallotStore,
        content: HallContent,
        host: str = "127.0.0.1",
        port: int = 0,
        settings: HallSettings | None = None,
    ) -> None:
        self.store = store
        self.content = content
        self.host = host
        self.port = port
        self.settings = settings or HallSettings()
        self.closed = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    def start(self) -> None:
        """Start listening (returns once the socket is bound).

        Raises:
            OSError: the address cannot be bound (in use, not this machine's).
            VoteClosedError: the vote is already closed.
        """
        if self.store.closed:
            raise VoteClosedError(f"workshop {self.store.workshop_id}: the vote is closed")
        started = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                loop.run_until_complete(self._serve())
            except BaseException as exc:
                failure.append(exc)
                started.set()
                return
            started.set()
            loop.run_forever()
            loop.run_until_complete(self._shutdown())
            loop.close()

        self._thread = threading.Thread(target=run, name="jamii-hall", daemon=True)
        self._thread.start()
        started.wait()
        if failure:
            raise failure[0]

    async def _serve(self) -> None:
        app = make_app(self.store, self.content, self.settings, self._closed_by_facilitator)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        server = site._server
        if self.port == 0 and server is not None and server.sockets:  # type: ignore[attr-defined]
            self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]

    async def _shutdown(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def _closed_by_facilitator(self) -> None:
        # The answer to the close request goes out first; then the server stops listening.
        assert self._loop is not None
        self._loop.call_later(0.2, self._loop.stop)
        self.closed.set()

    def stop(self) -> None:
        """Stop listening (the vote stays open: it can be served again)."""
        if self._loop is not None and self._thread is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)

    def close_vote(self) -> None:
        """Close the vote in the project file, then stop listening."""
        self.store.close_vote()
        self.closed.set()
        self.stop()
