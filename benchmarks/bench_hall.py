"""Phones in the hall: 200 ballots sent at once to `jamii hall` on 127.0.0.1, against a bare aiohttp server.

The hall server runs as its own process (as at a workshop) over the sample settlement; 200 phones each open
their ballot and then all post it at the same moment. Reported: the median and 99th percentile of the
ballot post's response time (target p99 ≤ 200 ms) and the server's peak memory (VmHWM). Raw = a bare
aiohttp server in its own process that parses the same JSON and answers, without checking codes or
saving the project file: the ratio is the price of one-ballot-per-code and of every ballot on disk
before it is confirmed.
"""

from __future__ import annotations

import asyncio
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.harness import row

PHONES = 200
WORKSHOP = "ws-2026-10-17"
RAW_SERVER = """
import sys
from aiohttp import web
async def ballot(request):
    await request.json()
    return web.json_response({"status": "sent"})
async def open_(request):
    await request.json()
    return web.json_response({"token": "t", "ballot": None})
app = web.Application(client_max_size=4096)
app.add_routes([web.post("/api/ballot", ballot), web.post("/api/open", open_)])
print("ready", flush=True)
web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), print=None, access_log=None)
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_listening(port: int, proc: subprocess.Popen[bytes], timeout_s: float = 120) -> None:
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("server did not start")


async def _phones(url: str, codes: list[str]) -> list[float]:
    import aiohttp

    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:

        async def open_ballot(code: str) -> str:
            async with session.post(url + "api/open", json={"code": code}) as r:
                return str((await r.json())["token"])

        tokens = await asyncio.gather(*(open_ballot(c) for c in codes))
        start = asyncio.Event()

        async def post(code: str, token: str, n: int) -> float:
            await start.wait()
            body = {
                "code": code,
                "choices": [("opt-a", "opt-b", "opt-c")[n % 3]],
                "sex": "female",
                "age_group": "",
            }
            t0 = time.perf_counter()
            async with session.post(url + "api/ballot", json=body, headers={"X-Hall-Token": token}) as r:
                await r.read()
                assert r.status == 200, r.status
            return time.perf_counter() - t0

        tasks = [
            asyncio.create_task(post(c, t, n)) for n, (c, t) in enumerate(zip(codes, tokens, strict=True))
        ]
        await asyncio.sleep(0.1)
        start.set()
        return list(await asyncio.gather(*tasks))


def _peak_rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _run_server(cmd: list[str], port: int, codes: list[str]) -> tuple[list[float], float | None]:
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_listening(port, proc)
        latencies = asyncio.run(_phones(f"http://127.0.0.1:{port}/", codes))
        return latencies, _peak_rss_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100)[98]


def run(size: int = 10_000) -> list[dict[str, Any]]:  # noqa: ARG001  (the sample settlement, not a synthetic one)
    from designer.hall.codes import make_codes
    from designer.hall.store import hall_codes_of, store_codes
    from designer.io.project_file import load_project, save_project
    from designer.model.people import WorkshopRecord
    from designer.resources import sample_project_path

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "hall.jamii"
        shutil.copyfile(sample_project_path(), path)
        doc = load_project(path)
        record, codes = make_codes(WORKSHOP, PHONES, hall_codes_of(doc, WORKSHOP))
        store_codes(doc, record)
        save_project(doc, path)
        port = _free_port()
        hall_cmd = [
            sys.executable,
            "-m",
            "designer",
            "hall",
            str(path),
            "--workshop",
            WORKSHOP,
            "--port",
            str(port),
        ]
        hall, hall_mb = _run_server(hall_cmd, port, codes)
        raw_port = _free_port()
        raw, _ = _run_server([sys.executable, "-c", RAW_SERVER, str(raw_port)], raw_port, codes)
        recorded = sum(
            1
            for b in next(w for w in load_project(path).of_type(WorkshopRecord) if w.id == WORKSHOP).ballots
            if b.voter
        )
        assert recorded == PHONES, f"{recorded} of {PHONES} ballots recorded"
    median_row = row(
        "hall: ballot response, median (200 at once)", PHONES, statistics.median(hall), statistics.median(raw)
    )
    p99_row = row("hall: ballot response, p99 (200 at once)", PHONES, _p99(hall), _p99(raw))
    p99_row["target_p99_s"] = 0.2
    median_row["server_peak_memory_mb"] = None if hall_mb is None else round(hall_mb, 1)
    print(
        f"hall: median {statistics.median(hall) * 1000:.0f} ms, p99 {_p99(hall) * 1000:.0f} ms "
        f"(target ≤ 200 ms), server peak memory {hall_mb or float('nan'):.0f} MB; "
        f"bare aiohttp: median {statistics.median(raw) * 1000:.0f} ms, p99 {_p99(raw) * 1000:.0f} ms",
        file=sys.stderr,
    )
    return [median_row, p99_row]
