"""Single-use voting codes: 6 characters a resident can type, stored only as salted hashes.

The alphabet leaves out characters read alike on a printed slip (0/O, 1/I/L), so a code is one of
31**6 = 887,503,681 values: 29.7 bits of entropy. With 100 codes handed out a random guess hits one
with probability 1.1e-7; the server allows ``MAX_FAILED_CODES_PER_MINUTE`` wrong codes per phone per
minute, so guessing a code in a two-hour vote takes on the order of 10**5 phones. The hashes in the
project file do not protect against someone holding the file (29.7 bits is brute-forced offline in
seconds); they keep the codes from being read off the file or a shared copy by eye.
"""

from __future__ import annotations

import hashlib
import math
import secrets

from designer.model.errors import JamiiError
from designer.model.people import HallCodes
from designer.model.records import new_id

__all__ = [
    "CODE_ALPHABET",
    "CODE_ENTROPY_BITS",
    "CODE_LENGTH",
    "CodeError",
    "hash_code",
    "make_codes",
    "normalise_code",
]

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
CODE_ENTROPY_BITS = CODE_LENGTH * math.log2(len(CODE_ALPHABET))
MAX_CODES = 2000
"""More codes than any hall holds; keeps the chance of guessing one small (see the module text)."""


class CodeError(JamiiError):
    """A code that is malformed, unknown, or cannot be made."""


def normalise_code(text: str) -> str:
    """Return a typed code in canonical form (upper case, no spaces or dashes).

    Raises:
        CodeError: not 6 characters of the code alphabet.
    """
    code = "".join(text.split()).replace("-", "").upper()
    if len(code) != CODE_LENGTH or any(c not in CODE_ALPHABET for c in code):
        raise CodeError("a code is 6 letters and digits, as printed on the slip")
    return code


def hash_code(salt: str, code: str) -> str:
    """Return the hex SHA-256 of ``salt`` + the normalised ``code``."""
    return hashlib.sha256(f"{salt}:{normalise_code(code)}".encode()).hexdigest()


def make_codes(
    workshop_id: str, count: int, existing: HallCodes | None = None
) -> tuple[HallCodes, list[str]]:
    """Return the workshop's codes record with ``count`` new codes added, and the new codes in clear.

    The clear codes exist only in the returned list (to print); the record keeps their hashes.

    Raises:
        CodeError: count below 1, or more than ``MAX_CODES`` codes for the workshop in all.
    """
    have = len(existing.code_hashes) if existing else 0
    if count < 1 or have + count > MAX_CODES:
        raise CodeError(f"a workshop has 1 to {MAX_CODES} codes; asked for {count} more than its {have}")
    salt = existing.salt if existing else secrets.token_hex(16)
    known = set(existing.code_hashes) if existing else set()
    codes: list[str] = []
    while len(codes) < count:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        h = hash_code(salt, code)
        if h not in known:
            known.add(h)
            codes.append(code)
    hashes = (*(existing.code_hashes if existing else ()), *(hash_code(salt, c) for c in codes))
    record = HallCodes(
        id=existing.id if existing else new_id(HallCodes.ID_PREFIX),
        workshop_id=workshop_id,
        salt=salt,
        code_hashes=hashes,
        closed=existing.closed if existing else False,
    )
    return record, codes
