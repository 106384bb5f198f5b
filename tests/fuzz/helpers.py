"""The fuzzing contract shared by every importer's fuzz test.

Each case runs one `jamii` command in-process on a mutated input and asserts the promise of the CLI:
exit 0, or exit 2 with exactly one line on stderr; never a traceback, never a hang (a guard alarm),
and after a failure the project file is byte-identical (no partial write) with no temporary file left.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import traceback
from collections.abc import Iterator
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from designer.cli import main

FUZZ_EXAMPLES = int(os.environ.get("JAMII_FUZZ_EXAMPLES", "12"))
"""Cases per importer: a small fixed budget in `make test`; `make fuzz` sets more."""

FUZZ = settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,  # no timing assertions: a hang is caught by the guard alarm instead
    derandomize="JAMII_FUZZ_EXAMPLES" not in os.environ,  # the suite's fixed budget is reproducible
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
    database=None,
)

HANG_GUARD_S = 60
"""A case running this long is a hang (ezdxf spinning on a huge circle, a FIFO read): fail, do not wait."""

HOSTILE_NUMBERS = [
    "nan",
    "NaN",
    "inf",
    "-inf",
    "1e999999999",
    "-1e300",
    "1e300",
    "0",
    "-0",
    "-50",
    "1,234.50",
    "1,2,3",
    "9" * 400,
    "",
    "\x00",
    '=HYPERLINK("x")',
    "1e-999",
]


class Hang(BaseException):  # not Exception: the CLI's last-resort handler must not swallow it
    pass


@contextlib.contextmanager
def _hang_guard(seconds: int) -> Iterator[None]:
    def alarm(_signum: int, _frame: object) -> None:
        raise Hang(f"no answer after {seconds} s")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def run_cli(argv: list[str], *, project: Path | None = None) -> tuple[int, str]:
    """Run ``jamii argv`` and assert the CLI contract; return (exit code, stderr)."""
    before = project.read_bytes() if project is not None and project.exists() else None
    folder_before = sorted(os.listdir(project.parent)) if project is not None else None
    err = io.StringIO()
    out = io.StringIO()
    try:
        with _hang_guard(HANG_GUARD_S), contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            code = main(argv)
    except SystemExit as exc:  # argparse
        code = int(exc.code or 0)
    except Hang as exc:
        raise AssertionError(f"jamii {' '.join(argv)}: hang ({exc})") from None
    except Exception:
        raise AssertionError(f"jamii {' '.join(argv)}: traceback\n{traceback.format_exc()}") from None
    text = err.getvalue()
    assert code in (0, 2), f"exit {code}: {text}"
    if code == 2:
        assert text.count("\n") == 1 and text.startswith("jamii: error: "), f"not one line: {text!r}"
        assert len(text) < 2000, f"an error message echoed a huge value ({len(text)} characters)"
        if project is not None:
            assert (project.read_bytes() if project.exists() else None) == before, (
                "project changed after a failure"
            )
            assert sorted(os.listdir(project.parent)) == folder_before, "a failure left files behind"
    return code, text


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    """Return ``seed`` with a few mutations: byte flips, cuts, insertions, hostile numbers, repeats."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "number", "truncate", "repeat"]))
        pos = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "flip" and data:
            data[pos] = draw(st.integers(0, 255))
        elif op == "cut":
            del data[pos : pos + draw(st.integers(1, 64))]
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=16))
        elif op == "number":
            # Replace the number at or after pos by a hostile one.
            digits = [i for i in range(pos, min(len(data), pos + 400)) if chr(data[i]).isdigit()]
            if digits:
                start = end = digits[0]
                while end < len(data) and chr(data[end]) in "0123456789.-+eE":
                    end += 1
                data[start:end] = draw(st.sampled_from(HOSTILE_NUMBERS)).encode("utf-8")
        elif op == "truncate":
            del data[pos:]
        elif op == "repeat" and data:
            piece = data[pos : pos + draw(st.integers(1, 200))]
            data[pos:pos] = piece * draw(st.integers(1, 20))
    return bytes(data)


HOSTILE_VALUES = st.one_of(
    st.sampled_from(
        [
            None,
            True,
            0,
            -1,
            -50,
            10**6,
            10**30,
            1e300,
            -1e300,
            0.0,
            1e-300,
            "",
            "existing",
            "=1+1",
            "1e999999",
            "NaN",
            "-5",
            "x" * 5000,
            [],
            {},
            [0],
            [[0, 0]],
            [[1e300, 0], [0, 1], [1, 1]],
            {"a": 1},
        ]
    ),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
)


def _paths(value: object, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out.extend(_paths(v, (*prefix, k)))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out.extend(_paths(v, (*prefix, i)))
    return out


@st.composite
def mutated_json(draw: st.DrawFn, seed: object) -> bytes:
    """Return the JSON ``seed`` with one to three values (or keys) replaced by hostile ones."""
    import copy
    import json

    doc = copy.deepcopy(seed)
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(doc) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        if draw(st.booleans()) or not isinstance(parent, dict):
            parent[path[-1]] = draw(HOSTILE_VALUES)
        else:
            parent[draw(st.text(min_size=1, max_size=8))] = parent.pop(path[-1])
    return json.dumps(doc).encode("utf-8")
