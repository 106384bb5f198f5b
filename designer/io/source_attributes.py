"""Tags and fields of a source feature → Jamii kind and attributes; what the source does not say stays unknown.

The rules are data (``resources/import/source_tags.toml``): OSM tag meanings, field-name aliases,
value words. Here:

* :func:`normalise_row` flattens the ways tags arrive (Overpass ``tags`` object, GDAL OSM
  ``other_tags`` hstore, flat HOT-export columns) and drops what must never be stored: contributor
  metadata (user, uid, changeset …) and contact data (phone numbers, e-mail addresses).
* :func:`kind_from_tags` says what a feature is from its tags (``amenity=toilets`` → toilet …).
* :func:`attributes_for` returns the model attributes a feature's tags give, the tags nobody used
  (kept in the record's ``tags``), and notes; an attribute not given is None (unknown).
* :func:`parse_opening_hours` reads the common ``opening_hours`` forms (``24/7``,
  ``Mo-Sa 06:00-10:00,16:00-20:00``) into daily periods; anything else stays unknown.
"""

from __future__ import annotations

import json
import math
import re
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

__all__ = [
    "FieldMapping",
    "Rules",
    "attributes_for",
    "kind_from_tags",
    "normalise_row",
    "parse_opening_hours",
    "rules",
]

_HSTORE = re.compile(r'"((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"')
_TIME = r"(\d{1,2}):(\d{2})"
_SPAN = re.compile(rf"{_TIME}\s*-\s*{_TIME}")
_DAYS = re.compile(r"^(?:(?:Mo|Tu|We|Th|Fr|Sa|Su|PH)(?:\s*-\s*(?:Mo|Tu|We|Th|Fr|Sa|Su))?\s*,?\s*)+", re.I)
LITRES_PER_CONTAINER = Decimal(20)


@dataclass(frozen=True)
class Rules:
    """The parsed ``source_tags.toml``."""

    kinds: dict[str, dict[str, str]]
    water_kind: dict[str, str]
    status: dict[str, str]
    water_access: dict[str, str]
    toilet_access: dict[str, str]
    toilet_kind: dict[str, str]
    highway: dict[str, tuple[str, str, float]]
    surface: dict[str, str]
    wall_material: dict[str, str]
    roof_material: dict[str, str]
    fields: dict[str, tuple[str, ...]]
    land_use: dict[str, str]
    drop_keys: frozenset[str]
    artefacts: frozenset[str]


@dataclass
class FieldMapping:
    """A user's mapping file beyond layers: source field → attribute, and value words per attribute."""

    fields: dict[str, str] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)


@cache
def rules() -> Rules:
    """Load the shipped tag rules once."""
    from designer.resources import resource_path

    data = tomllib.loads(resource_path("import", "source_tags.toml").read_text(encoding="utf-8"))
    return Rules(
        kinds={k: dict(v) for k, v in data["kinds"].items()},
        water_kind=dict(data["water_point"]["kind"]),
        status=dict(data["operational_status"]),
        water_access=dict(data["water_point"]["access"]),
        toilet_access=dict(data["toilet"]["access"]),
        toilet_kind=dict(data["toilet"]["kind"]),
        highway={k: (str(v[0]), str(v[1]), float(v[2])) for k, v in data["highway"].items()},
        surface=dict(data["surface"]),
        wall_material=dict(data["wall_material"]),
        roof_material=dict(data["roof_material"]),
        fields={k: tuple(v) for k, v in data["fields"].items()},
        land_use=dict(data["land_use"]),
        drop_keys=frozenset(str(k).lower() for k in data["privacy"]["drop_keys"]),
        artefacts=frozenset(str(k).lower() for k in data["artefacts"]["keys"]),
    )


def _text(v: Any) -> str | None:
    """A source value as stripped text; None for missing/empty/NaN."""
    if v is None:
        return None
    if hasattr(v, "item"):
        v = v.item()
    if isinstance(v, float):
        if math.isnan(v):
            return None
        return str(int(v)) if v.is_integer() else str(v)
    text = str(v).strip()
    return text or None


def normalise_row(row: dict[str, Any]) -> tuple[dict[str, str], int]:
    """Return a feature's tags as one flat ``key → text`` dict and how many personal values were dropped.

    Nested tags (an Overpass ``tags`` object, read by GDAL as JSON text) and GDAL OSM ``other_tags``
    (hstore text) are merged in; contributor metadata and contact data are dropped and counted.
    """
    from designer.model.privacy import CONTACT_PATTERN

    drop = rules().drop_keys
    out: dict[str, str] = {}
    dropped = 0
    nested: list[dict[str, Any]] = []
    for key, value in row.items():
        k = str(key)
        low = k.lower()
        text = _text(value)
        if text is None:
            continue
        if low in ("tags", "properties") and text.startswith("{"):
            try:
                obj = json.loads(text)
            except json.JSONDecodeError:
                obj = None
            if isinstance(obj, dict):
                nested.append(obj)
                continue
        if low == "other_tags" and "=>" in text:
            nested.append({a.replace('\\"', '"'): b.replace('\\"', '"') for a, b in _HSTORE.findall(text)})
            continue
        if low == "meta" and text.startswith("{"):
            try:
                meta = json.loads(text)
            except json.JSONDecodeError:
                meta = {}
            dropped += max(1, sum(1 for k in meta if str(k).lower() in drop)) if isinstance(meta, dict) else 1
            continue
        if low in drop:
            dropped += 1
            continue
        if low in rules().artefacts:
            continue
        out[k] = text
    for obj in nested:
        for key, value in obj.items():
            text = _text(value) if not isinstance(value, dict | list) else None
            if text is not None:
                if str(key).lower() in drop:
                    dropped += 1
                    continue
                out[str(key)] = text
    for key in [k for k, v in out.items() if CONTACT_PATTERN.search(v)]:
        del out[key]
        dropped += 1
    return out, dropped


def _match(table: dict[str, str], tags: dict[str, str]) -> str | None:
    lower = {k.lower(): v for k, v in tags.items()}
    for rule, result in table.items():
        key, _, value = rule.partition("=")
        have = lower.get(key.lower())
        if have is not None and ((value == "*" and have.lower() != "no") or have == value):
            return result
    return None


def kind_from_tags(tags: dict[str, str], geom_class: str) -> str | None:
    """Return the kind the tags say (``"toilet"``, ``"water_point"``, ``"path"`` …) or None."""
    return _match(rules().kinds.get(geom_class, {}), tags)


def _lookup(
    tags: dict[str, str], attr: str, mapping: FieldMapping, lower: dict[str, str] | None = None
) -> tuple[str | None, str | None]:
    """Return (source key, value) of the first field carrying ``attr`` (user mapping first)."""
    if lower is None:
        lower = {k.lower(): k for k in tags}
    for src, target in mapping.fields.items():
        if target == attr and src in tags:
            return src, tags[src]
    for alias in rules().fields.get(attr, ()):
        k = lower.get(alias)
        if k is not None:
            return k, tags[k]
    return None, None


def _number(text: str | None) -> float | None:
    if text is None:
        return None
    m = re.search(r"-?\d+(?:[.,]\d+)?", text)
    if not m:
        return None
    value = float(m.group(0).replace(",", "."))
    return value if math.isfinite(value) else None


def parse_opening_hours(text: str | None) -> tuple[tuple[float, float], ...] | None:
    """Return daily opening periods (hours) of an ``opening_hours`` value; None when it cannot be read.

    ``24/7`` → ((0, 24),); ``Mo-Sa 06:00-10:00,16:00-20:00`` → ((6, 10), (16, 20)). Several rules
    for different days must give the same hours (the model keeps one daily pattern). A period that
    ends before it starts (``8:00-5:00``, often meant as 17:00) is not guessed: the hours stay unknown.
    """
    if text is None:
        return None
    value = text.strip()
    if value == "24/7":
        return ((0.0, 24.0),)
    patterns = set()
    for raw_rule in value.split(";"):
        rule = raw_rule.strip()
        if not rule:
            continue
        times = _DAYS.sub("", rule).strip()
        if times.lower() in ("off", "closed"):
            continue
        spans = []
        for part in times.split(","):
            m = _SPAN.fullmatch(part.strip())
            if not m:
                return None
            h1, m1, h2, m2 = (int(g) for g in m.groups())
            start, end = h1 + m1 / 60.0, h2 + m2 / 60.0
            if not (0 <= start < 24 and 0 < end <= 24 and m1 < 60 and m2 < 60) or end <= start:
                return None
            spans.append((start, end))
        patterns.add(tuple(sorted(spans)))
    if len(patterns) != 1:
        return None
    return patterns.pop()


def _decimal(text: str | None) -> Decimal | None:
    if text is None:
        return None
    m = re.search(r"\d+(?:[.,]\d+)?", text)
    if not m:
        return None
    try:
        return Decimal(m.group(0).replace(",", "."))
    except InvalidOperation:
        return None


_CHARGE = re.compile(
    r"\s*(\d+(?:[.,]\d+)?)\s*([A-Za-z]{3})?\s*(?:(?:/|per)\s*(\d+(?:[.,]\d+)?)?\s*(l|litres?|liters?|use|visit))?\s*",
    flags=re.I,
)


def _charge(text: str) -> tuple[Decimal, Decimal | None, str] | None:
    """Read ``charge`` like ``5 KES/20 l`` → (amount, litres or None, unit word); None if unreadable."""
    m = _CHARGE.fullmatch(text)
    if not m:
        return None
    amount = Decimal(m.group(1).replace(",", "."))
    unit = (m.group(4) or "").lower()
    litres = None
    if unit.startswith("l"):
        litres = Decimal(m.group(3).replace(",", ".")) if m.group(3) else Decimal(1)
    return amount, litres, unit


def _price_per_20l(
    tags: dict[str, str], mapping: FieldMapping, notes: list[str]
) -> tuple[Decimal | None, set[str]]:
    """Price of 20 L from a price-per-litre field, ``charge`` or ``fee=no``; None when the source does not say."""
    used: set[str] = set()
    k_litre, per_litre = _lookup(tags, "price_per_litre", mapping)
    k_charge, charge = _lookup(tags, "charge", mapping)
    k_fee, fee = _lookup(tags, "fee", mapping)
    if k_fee:
        used.add(k_fee)
    price = _decimal(per_litre)
    if price is not None and k_litre:
        used.add(k_litre)
        return price * LITRES_PER_CONTAINER, used
    if charge is not None and k_charge:
        read = _charge(charge)
        if read is not None and read[1] is not None and read[1] > 0:
            used.add(k_charge)
            return read[0] / read[1] * LITRES_PER_CONTAINER, used
        notes.append(
            f"charge {charge!r} gives no volume Jamii can read (e.g. '5 KES/20 l'); price kept unknown"
        )
        return None, used
    if fee is not None and fee.lower() == "no":
        return Decimal("0"), used
    return None, used


def _word(table: dict[str, str], value: str | None) -> str | None:
    if value is None:
        return None
    return table.get(value) or table.get(value.lower()) or table.get(value.lower().replace(" ", "_"))


def attributes_for(
    kind: str, tags: dict[str, str], mapping: FieldMapping | None = None
) -> tuple[dict[str, Any], tuple[tuple[str, str], ...], list[str]]:
    """Return (model attributes, unused tags, notes) of one feature of ``kind``.

    Only attributes the source gives are set (a value the model cannot read is left unknown and its
    tag kept); the caller passes None for the unknown ones of the model's optional fields.
    """
    from designer.model.entities import (
        OperationalStatus,
        PathKind,
        RoofMaterial,
        Surface,
        ToiletAccess,
        ToiletKind,
        Traffic,
        WallMaterial,
        WaterAccess,
        WaterPointKind,
    )

    mapping = mapping or FieldMapping()
    r = rules()
    out: dict[str, Any] = {}
    used: set[str] = set()
    notes: list[str] = []

    lower = {k.lower(): k for k in tags}

    def take(attr: str) -> str | None:
        key, value = _lookup(tags, attr, mapping, lower)
        if key is not None:
            used.add(key)
        if value is not None and attr in mapping.values:
            value = mapping.values[attr].get(value, value)
        return value

    name = take("name")
    if name is not None and kind in ("water_point", "toilet", "path", "hazard"):
        out["name"] = name
    if kind == "plot":
        number = take("number")
        if number is not None:
            out["number"] = number
        use = take("land_use")
        if use is not None:
            out["land_use"] = _word(r.land_use, use) or _word(mapping.values.get("land_use", {}), use) or use
    elif kind == "building":
        levels = _number(take("storeys"))
        if levels is not None and levels >= 1:
            out["storeys"] = round(levels)
        rooms = _number(take("rooms"))
        out["rooms"] = round(rooms) if rooms is not None and rooms >= 1 else None
        wall = _word(r.wall_material, take("wall_material"))
        out["wall_material"] = WallMaterial(wall) if wall else None
        roof = _word(r.roof_material, take("roof_material"))
        out["roof_material"] = RoofMaterial(roof) if roof else None
        out["floor_material"] = None
        b_key = next((k for k in tags if k.lower() == "building"), None)
        b = tags[b_key] if b_key else None
        if b_key is not None and b is not None:
            used.add(b_key)
            out["use"] = "residential" if b in ("yes", "house", "residential", "hut", "detached") else b
    elif kind == "path":
        hw = take("highway")
        klass = r.highway.get(hw.lower()) if hw else None
        width = _number(take("width"))
        if klass is not None:
            out["path_kind"] = PathKind(klass[0])
            out["traffic"] = Traffic(klass[1])
        if width is not None and width > 0:
            out["width_m"] = width
        elif klass is not None:
            out["width_m"] = klass[2]
            out["_assumed"] = f"width {klass[2]:g} m assumed from highway={hw}"
        surface = _word(r.surface, take("surface"))
        out["surface"] = Surface(surface) if surface else None
    elif kind == "water_point":
        wk = _match(r.water_kind, tags)
        out["point_kind"] = WaterPointKind(wk) if wk else None
        for key in ("amenity", "man_made", "shop", "pump", "type", "water_point:type"):
            if key in tags and any(rule.startswith(key + "=") for rule in (*r.water_kind, *r.kinds["point"])):
                used.add(key)
        taps = _number(take("taps"))
        out["taps"] = round(taps) if taps is not None and taps >= 0 else None
        out["flow_l_per_min"] = None
        hours_text = take("opening_hours")
        hours = parse_opening_hours(hours_text)
        if hours_text is not None and hours is None:
            notes.append(f"opening_hours {hours_text!r} cannot be read; hours kept unknown")
        out["open_hours"] = hours
        out["price_per_20l"], price_keys = _price_per_20l(tags, mapping, notes)
        used |= price_keys
        operator = take("operator")
        if operator is not None:
            out["managed_by"] = operator
        status = _word(r.status, take("operational_status"))
        out["operational_status"] = OperationalStatus(status) if status else OperationalStatus.UNKNOWN
        access = _word(r.water_access, take("access"))
        out["access"] = WaterAccess(access) if access else None
        users = _number(take("users_per_day"))
        out["users_per_day"] = round(users) if users is not None and users >= 0 else None
    elif kind == "toilet":
        tk = _match(r.toilet_kind, tags)
        out["toilet_kind"] = ToiletKind(tk) if tk else None
        if "toilets:disposal" in tags and tk:
            used.add("toilets:disposal")
        if tags.get("amenity") == "toilets":
            used.add("amenity")
        access = _word(r.toilet_access, take("access"))
        out["access"] = ToiletAccess(access) if access else None
        hours_text = take("opening_hours")
        hours = parse_opening_hours(hours_text)
        if hours_text is not None and hours is None:
            notes.append(f"opening_hours {hours_text!r} cannot be read; hours kept unknown")
        out["open_hours"] = hours
        out["price_per_use"] = None
        fee = tags.get("fee")
        charge = tags.get("charge")
        read = _charge(charge) if charge else None
        if read is not None and read[1] is None:  # "10 KES" or "10 KES/use": a price per use
            out["price_per_use"] = read[0]
            used.add("charge")
        elif fee is not None and fee.lower() == "no":
            out["price_per_use"] = Decimal("0")
        if fee is not None:
            used.add("fee")
        operator = take("operator")
        if operator is not None:
            out["managed_by"] = operator
        hand = tags.get("toilets:handwashing")
        out["handwashing"] = None if hand is None else hand.lower() == "yes"
        if hand is not None:
            used.add("toilets:handwashing")
        status = _word(r.status, take("operational_status"))
        out["operational_status"] = OperationalStatus(status) if status else OperationalStatus.UNKNOWN
        chambers = _number(tags.get("toilets:num_chambers"))
        if chambers is not None and chambers >= 1:
            out["seats_unisex"] = round(chambers)
            used.add("toilets:num_chambers")
    elif kind in ("water_main", "sewer"):
        d = _number(take("diameter"))
        if d is not None and d > 0:
            out["diameter_mm"] = round(d)
    elif kind == "spot_level":
        z = _number(take("level"))
        if z is not None:
            out["level_m"] = z
    kept = tuple(sorted((k, v) for k, v in tags.items() if k not in used))
    return out, kept, notes
