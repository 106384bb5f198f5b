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
    "AttributeReader",
    "FieldMapping",
    "Rules",
    "attributes_for",
    "kind_from_tags",
    "kind_keys",
    "normalise_columns",
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


def _json_object(text: str) -> dict[str, Any] | None:
    if not text.startswith("{"):
        return None
    try:
        obj = json.loads(text)
    except json.JSONDecodeError:
        return None
    return obj if isinstance(obj, dict) else None


def _nested_tags(low_key: str, text: str) -> dict[str, Any] | None:
    """Tags packed in one field: an Overpass ``tags`` object (JSON text) or GDAL's ``other_tags`` hstore."""
    if low_key in ("tags", "properties"):
        return _json_object(text)
    if low_key == "other_tags" and "=>" in text:
        return {a.replace('\\"', '"'): b.replace('\\"', '"') for a, b in _HSTORE.findall(text)}
    return None


def normalise_row(row: dict[str, Any]) -> tuple[dict[str, str], int]:
    """Return a feature's tags as one flat ``key → text`` dict and how many personal values were dropped.

    Nested tags (an Overpass ``tags`` object, read by GDAL as JSON text) and GDAL OSM ``other_tags``
    (hstore text) are merged in; contributor metadata and contact data are dropped and counted.
    """
    rows, dropped = normalise_columns({key: [value] for key, value in row.items()}, 1)
    return rows[0], dropped


def normalise_columns(columns: dict[str, Any], count: int) -> tuple[list[dict[str, str]], int]:
    """:func:`normalise_row` of every feature of a layer, read column by column.

    Each distinct value of a column is read once (nested tags parsed, personal values dropped,
    contact data searched for), so the work follows the distinct values, not the features: an OSM
    layer has thousands of features but few distinct tag sets. Metadata (unique per feature) is
    parsed in one JSON call. Returns one ``key → text`` dict per feature and the personal values dropped.
    """
    rl = rules()
    cells: list[list[dict[str, str]]] = []
    dropped = 0
    for key, values in columns.items():
        low = str(key).lower()
        seq = values.tolist() if hasattr(values, "tolist") else list(values)
        if low == "meta":  # Overpass contributor metadata: user, uid, changeset, timestamp, version
            dropped += _meta_dropped(seq, rl.drop_keys)
            continue
        seen: dict[Any, tuple[dict[str, str], int]] = {}
        column: list[dict[str, str]] = []
        for value in seq:
            try:
                hit = seen.get(value)
                if hit is None:
                    hit = seen[value] = _cell(str(key), low, value)
            except TypeError:  # an unhashable value (a list field): read it each time
                hit = _cell(str(key), low, value)
            column.append(hit[0])
            dropped += hit[1]
        cells.append(column)
    rows: list[dict[str, str]] = []
    for i in range(count):
        row: dict[str, str] = {}
        for column in cells:
            part = column[i]
            if part:
                row.update(part)  # a later column overrides a key, as one flat dict would
        rows.append(row)
    return rows, dropped


def _cell(key: str, low: str, value: Any) -> tuple[dict[str, str], int]:
    """One source value as ``key → text`` tags without personal values, and how many were dropped."""
    from designer.model.privacy import CONTACT_PATTERN

    rl = rules()
    text = _text(value)
    if text is None:
        return {}, 0
    nested = _nested_tags(low, text)
    if nested is not None:
        flat = [(str(k), v) for k, v in nested.items() if not isinstance(v, dict | list)]
    elif low in rl.artefacts:
        return {}, 0
    else:
        flat = [(key, text)]
    out: dict[str, str] = {}
    dropped = 0
    for k, v in flat:
        t = _text(v)
        if t is None:
            continue
        if k.lower() in rl.drop_keys or CONTACT_PATTERN.search(t):
            dropped += 1
            continue
        out[k] = t
    return out, dropped


def _meta_dropped(values: list[Any], drop_keys: frozenset[str]) -> int:
    """Personal values in a column of contributor metadata (each cell counts at least one)."""
    texts = [t for t in map(_text, values) if t is not None]
    objects: list[Any] = []
    if all(t.startswith("{") and t.endswith("}") for t in texts):
        try:  # one JSON call for the column
            objects = json.loads("[" + ",".join(texts) + "]")
        except json.JSONDecodeError:
            objects = []
    if len(objects) != len(texts):  # some cell is not one JSON object: each read alone
        objects = [_json_object(t) for t in texts]
    return sum(
        max(1, sum(1 for k in obj if str(k).lower() in drop_keys) if isinstance(obj, dict) else 0)
        for obj in objects
    )


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


_DIRECT_KEYS = frozenset(
    {
        "building",
        "amenity",
        "man_made",
        "shop",
        "pump",
        "type",
        "water_point:type",
        "kind",
        "fee",
        "charge",
        "toilets:disposal",
        "toilets:handwashing",
        "toilets:num_chambers",
    }
)
"""Tags the kind readers below read by their own key (lower case). With the field aliases, the
user's mapped fields and the keys of the rule tables, the only tags an attribute can come from:
:class:`AttributeReader` shows the readers nothing else (a key missing here is never read)."""


def _read_keys(mapping: FieldMapping) -> frozenset[str]:
    rl = rules()
    keys = set(_DIRECT_KEYS)
    keys.update(alias.lower() for names in rl.fields.values() for alias in names)
    keys.update(k.lower() for k in mapping.fields)
    for table in (rl.water_kind, rl.toilet_kind, *rl.kinds.values()):
        keys.update(rule.partition("=")[0].lower() for rule in table)
    return frozenset(keys)


class _Reader:
    """Reads one feature's tags: ``take`` marks a tag used; ``out`` collects the model attributes."""

    def __init__(self, tags: dict[str, str], mapping: FieldMapping) -> None:
        self.tags = tags
        self.mapping = mapping
        self.lower = {k.lower(): k for k in tags}
        self.out: dict[str, Any] = {}
        self.used: set[str] = set()
        self.notes: list[str] = []

    def take(self, attr: str) -> str | None:
        key, value = _lookup(self.tags, attr, self.mapping, self.lower)
        if key is not None:
            self.used.add(key)
        if value is not None and attr in self.mapping.values:
            value = self.mapping.values[attr].get(value, value)
        return value

    def raw(self, key: str) -> str | None:
        """A tag by its exact key (case-insensitive), marked used when present."""
        if key.lower() not in _DIRECT_KEYS:
            raise KeyError(f"{key!r} is read by its own key: add it to _DIRECT_KEYS")
        k = self.lower.get(key.lower())
        if k is None:
            return None
        self.used.add(k)
        return self.tags[k]

    def hours(self) -> tuple[tuple[float, float], ...] | None:
        text = self.take("opening_hours")
        hours = parse_opening_hours(text)
        if text is not None and hours is None:
            self.notes.append(f"opening_hours {text!r} cannot be read; hours kept unknown")
        return hours

    def status(self) -> Any:
        from designer.model.entities import OperationalStatus

        status = _word(rules().status, self.take("operational_status"))
        return OperationalStatus(status) if status else OperationalStatus.UNKNOWN

    def operator(self) -> None:
        operator = self.take("operator")
        if operator is not None:
            self.out["managed_by"] = operator


def _plot(r: _Reader) -> None:
    number = r.take("number")
    if number is not None:
        r.out["number"] = number
    use = r.take("land_use")
    if use is not None:
        r.out["land_use"] = _word(rules().land_use, use) or use


def _building(r: _Reader) -> None:
    from designer.model.entities import RoofMaterial, WallMaterial

    levels = _number(r.take("storeys"))
    if levels is not None and levels >= 1:
        r.out["storeys"] = round(levels)
    rooms = _number(r.take("rooms"))
    r.out["rooms"] = round(rooms) if rooms is not None and rooms >= 1 else None
    wall = _word(rules().wall_material, r.take("wall_material"))
    r.out["wall_material"] = WallMaterial(wall) if wall else None
    roof = _word(rules().roof_material, r.take("roof_material"))
    r.out["roof_material"] = RoofMaterial(roof) if roof else None
    r.out["floor_material"] = None
    b = r.raw("building")
    if b is not None:
        r.out["use"] = "residential" if b in ("yes", "house", "residential", "hut", "detached") else b


def _path(r: _Reader) -> None:
    from designer.model.entities import PathKind, Surface, Traffic

    hw = r.take("highway")
    klass = rules().highway.get(hw.lower()) if hw else None
    width = _number(r.take("width"))
    if klass is not None:
        r.out["path_kind"] = PathKind(klass[0])
        r.out["traffic"] = Traffic(klass[1])
    if width is not None and width > 0:
        r.out["width_m"] = width
    elif klass is not None:
        r.out["width_m"] = klass[2]
        r.out["_assumed"] = f"width {klass[2]:g} m assumed from highway={hw}"
    surface = _word(rules().surface, r.take("surface"))
    r.out["surface"] = Surface(surface) if surface else None


def _water_point(r: _Reader) -> None:
    from designer.model.entities import WaterAccess, WaterPointKind

    rl = rules()
    wk = _match(rl.water_kind, r.tags)
    r.out["point_kind"] = WaterPointKind(wk) if wk else None
    for key in ("amenity", "man_made", "shop", "pump", "type", "water_point:type", "KIND"):
        if key in r.tags and any(rule.startswith(key + "=") for rule in (*rl.water_kind, *rl.kinds["point"])):
            r.used.add(key)
    taps = _number(r.take("taps"))
    r.out["taps"] = round(taps) if taps is not None and taps >= 0 else None
    r.out["flow_l_per_min"] = None
    r.out["open_hours"] = r.hours()
    r.out["price_per_20l"], price_keys = _price_per_20l(r.tags, r.mapping, r.notes)
    r.used |= price_keys
    r.operator()
    r.out["operational_status"] = r.status()
    access = _word(rl.water_access, r.take("access"))
    r.out["access"] = WaterAccess(access) if access else None
    users = _number(r.take("users_per_day"))
    r.out["users_per_day"] = round(users) if users is not None and users >= 0 else None


def _toilet(r: _Reader) -> None:
    from designer.model.entities import ToiletAccess, ToiletKind

    rl = rules()
    tk = _match(rl.toilet_kind, r.tags)
    r.out["toilet_kind"] = ToiletKind(tk) if tk else None
    if tk:
        r.raw("toilets:disposal")
    if r.tags.get("amenity") == "toilets":
        r.used.add("amenity")
    access = _word(rl.toilet_access, r.take("access"))
    r.out["access"] = ToiletAccess(access) if access else None
    r.out["open_hours"] = r.hours()
    fee, charge = r.raw("fee"), r.tags.get("charge")
    read = _charge(charge) if charge else None
    r.out["price_per_use"] = None
    if read is not None and read[1] is None:  # "10 KES" or "10 KES/use": a price per use
        r.out["price_per_use"] = read[0]
        r.used.add("charge")
    elif fee is not None and fee.lower() == "no":
        r.out["price_per_use"] = Decimal("0")
    r.operator()
    hand = r.raw("toilets:handwashing")
    r.out["handwashing"] = None if hand is None else hand.lower() == "yes"
    r.out["operational_status"] = r.status()
    chambers = _number(r.tags.get("toilets:num_chambers"))
    if chambers is not None and chambers >= 1:
        r.out["seats_unisex"] = round(chambers)
        r.used.add("toilets:num_chambers")


def _pipe(r: _Reader) -> None:
    d = _number(r.take("diameter"))
    if d is not None and d > 0:
        r.out["diameter_mm"] = round(d)


def _spot_level(r: _Reader) -> None:
    z = _number(r.take("level"))
    if z is not None:
        r.out["level_m"] = z


_BY_KIND = {
    "plot": _plot,
    "building": _building,
    "path": _path,
    "water_point": _water_point,
    "toilet": _toilet,
    "water_main": _pipe,
    "sewer": _pipe,
    "spot_level": _spot_level,
}


def attributes_for(
    kind: str, tags: dict[str, str], mapping: FieldMapping | None = None
) -> tuple[dict[str, Any], tuple[tuple[str, str], ...], list[str]]:
    """Return (model attributes, unused tags, notes) of one feature of ``kind``.

    Only attributes the source gives are set, and the model's optional fields a source does not give
    are set to None (unknown); a value the model cannot read is left unknown and its tag kept.
    """
    return AttributeReader(mapping)(kind, tags)


class AttributeReader:
    """:func:`attributes_for` over the features of one source, read once per distinct set of the tags
    an attribute can come from (an OSM layer has thousands of features but few such sets: ids and
    unknown tags only go to the kept tags, so they are left out of the key)."""

    def __init__(self, mapping: FieldMapping | None = None) -> None:
        self.mapping = mapping or FieldMapping()
        self.keys = _read_keys(self.mapping)
        # (kind, relevant tags) -> (attributes, relevant tags not used (sorted), notes)
        self._read: dict[Any, tuple[dict[str, Any], tuple[tuple[str, str], ...], tuple[str, ...]]] = {}

    def __call__(
        self, kind: str, tags: dict[str, str]
    ) -> tuple[dict[str, Any], tuple[tuple[str, str], ...], list[str]]:
        keys = self.keys
        relevant: list[tuple[str, str]] = []
        rest: list[tuple[str, str]] = []
        for item in tags.items():
            (relevant if item[0].lower() in keys else rest).append(item)
        key = (kind, tuple(relevant))
        hit = self._read.get(key)
        if hit is None:
            out, used, notes = _attributes(kind, dict(relevant), self.mapping)
            hit = self._read[key] = (out, tuple(sorted(i for i in relevant if i[0] not in used)), notes)
        out, unused, notes = hit
        kept = tuple(sorted(rest + list(unused))) if rest else unused
        return dict(out), kept, list(notes)


def _attributes(
    kind: str, tags: dict[str, str], mapping: FieldMapping
) -> tuple[dict[str, Any], frozenset[str], tuple[str, ...]]:
    """The model attributes of ``tags``, the tag keys used and the notes."""
    r = _Reader(tags, mapping)
    name = r.take("name")
    if name is not None and kind in ("water_point", "toilet", "path", "hazard"):
        r.out["name"] = name
    reader = _BY_KIND.get(kind)
    if reader is not None:
        reader(r)
    return r.out, frozenset(r.used), tuple(r.notes)


def kind_keys() -> frozenset[str]:
    """The tag keys (lower case) :func:`kind_from_tags` looks at: a feature's other tags never change its kind."""
    return frozenset(rule.partition("=")[0].lower() for table in rules().kinds.values() for rule in table)
