"""Records to and from JSON-ready values, and the JSON Schema of them, both derived from the dataclasses.

One description of each record (its dataclass fields and type hints) drives the encoder, the
decoder and ``resources/schema/jamii-project.schema.json``, so the three cannot drift apart.
Decoding names the JSON path of the first bad value.
"""

from __future__ import annotations

import dataclasses
import math
import types
import typing
from collections import deque
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from enum import Enum
from itertools import chain, islice, repeat
from typing import Any

from designer.model.errors import Message
from designer.model.records import Record, record_types

__all__ = ["DecodeError", "decode_record", "decode_records", "encode_record", "json_schema"]

Encoder = Callable[[Any], Any]
Decoder = Callable[[Any, str], Any]


class DecodeError(Exception):
    """A value that does not fit its field: ``json_path`` says where, the message says why."""

    def __init__(self, json_path: str, reason: str | Message) -> None:
        self.json_path = json_path
        self.reason = str(reason)
        self.message = reason if isinstance(reason, Message) else None  # the measured values, for a screen
        super().__init__(f"{json_path}: {self.reason}")


def _type_name(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false", type(None): "null"}.get(
        type(value), type(value).__name__
    )


# --------------------------------------------------------------------------- per-type codecs


def _codec_for(tp: Any) -> tuple[Encoder, Decoder, dict[str, Any]]:
    """Return (encode, decode, json-schema) for a type hint."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp is str:
        return _ident, _dec_str, {"type": "string"}
    if tp is bool:
        return _ident, _dec_bool, {"type": "boolean"}
    if tp is int:
        return _ident, _dec_int, {"type": "integer"}
    if tp is float:
        return _ident, _dec_float, {"type": "number"}
    if tp is Decimal:
        return str, _dec_decimal, {"type": "string", "pattern": r"^-?\d+(\.\d+)?$"}
    if isinstance(tp, type) and issubclass(tp, Enum):
        return _enum_value, _make_enum_decoder(tp), {"enum": [m.value for m in tp]}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        enc, dec, schema = _dataclass_codec(tp)
        return enc, dec, schema
    if origin in (types.UnionType, typing.Union) and type(None) in args:
        (inner,) = [a for a in args if a is not type(None)]
        ienc, idec, ischema = _codec_for(inner)

        def enc_opt(v: Any) -> Any:
            return None if v is None else ienc(v)

        def dec_opt(v: Any, path: str) -> Any:
            return None if v is None else idec(v, path)

        return enc_opt, dec_opt, {"anyOf": [ischema, {"type": "null"}]}
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = args[0]
            if item == tuple[float, float]:
                return _ident, _dec_points, {"type": "array", "items": _POINT_SCHEMA}
            ienc, idec, ischema = _codec_for(item)

            def enc_seq(v: Any) -> Any:
                return [ienc(x) for x in v]

            def dec_seq(v: Any, path: str) -> Any:
                if not isinstance(v, list | tuple):
                    raise DecodeError(path, f"expected a list, got {_type_name(v)}")
                return tuple(idec(x, f"{path}[{i}]") for i, x in enumerate(v))

            return enc_seq, dec_seq, {"type": "array", "items": ischema}
        if tp == tuple[float, float]:
            return _ident, _dec_point, _POINT_SCHEMA
        codecs = [_codec_for(a) for a in args]

        def enc_tuple(v: Any) -> Any:
            return [c[0](x) for c, x in zip(codecs, v, strict=True)]

        def dec_tuple(v: Any, path: str) -> Any:
            if not isinstance(v, list | tuple) or len(v) != len(codecs):
                raise DecodeError(path, f"expected a list of {len(codecs)} values")
            return tuple(c[1](x, f"{path}[{i}]") for i, (c, x) in enumerate(zip(codecs, v, strict=True)))

        schema = {
            "type": "array",
            "prefixItems": [c[2] for c in codecs],
            "minItems": len(codecs),
            "maxItems": len(codecs),
        }
        return enc_tuple, dec_tuple, schema
    raise TypeError(f"no codec for type {tp!r}")


_POINT_SCHEMA: dict[str, Any] = {
    "type": "array",
    "prefixItems": [{"type": "number"}, {"type": "number"}],
    "minItems": 2,
    "maxItems": 2,
}


def _ident(v: Any) -> Any:
    return v


def _enum_value(v: Any) -> Any:
    return getattr(v, "value", v)


def _dec_str(v: Any, path: str) -> str:
    if type(v) is not str:
        raise DecodeError(path, f"expected text, got {_type_name(v)}")
    return v


def _dec_bool(v: Any, path: str) -> bool:
    if type(v) is not bool:
        raise DecodeError(path, f"expected true or false, got {_type_name(v)}")
    return v


def _dec_int(v: Any, path: str) -> int:
    if type(v) is not int:
        raise DecodeError(path, f"expected a whole number, got {_type_name(v)}")
    return v


def _dec_float(v: Any, path: str) -> float:
    if type(v) is float or (type(v) is int and -_FLOAT_INT_LIMIT < v < _FLOAT_INT_LIMIT):
        f = float(v)
        if math.isfinite(f):
            return f
    if type(v) is int:
        raise DecodeError(path, "expected a finite number, got an integer too large for a float")
    raise DecodeError(path, f"expected a finite number, got {v!r}")


_FLOAT_ONLY = frozenset((float,))
_PAIR_TYPES = frozenset((list, tuple))

_FLOAT_INT_LIMIT = 2**1023
"""Integers from a TOML file can be arbitrarily long; float() of a larger one raises OverflowError."""


def _dec_decimal(v: Any, path: str) -> Decimal:
    if type(v) is not str:
        raise DecodeError(path, f'expected an amount as text such as "12.50", got {_type_name(v)}')
    try:
        d = Decimal(v)
    except InvalidOperation:
        raise DecodeError(path, f"{v!r} is not an amount") from None
    if not d.is_finite():
        raise DecodeError(path, f"{v!r} is not an amount")
    return d


def _make_enum_decoder(enum_cls: type[Enum]) -> Decoder:
    by_value = {m.value: m for m in enum_cls}

    def dec(v: Any, path: str) -> Any:
        try:
            return by_value[v]
        except (KeyError, TypeError):
            allowed = ", ".join(map(str, by_value))
            raise DecodeError(path, f"{v!r} is not one of: {allowed}") from None

    return dec


def _dec_point(v: Any, path: str) -> tuple[float, float]:
    if (type(v) is list or type(v) is tuple) and len(v) == 2:
        x, y = v
        if (type(x) is float or type(x) is int) and (type(y) is float or type(y) is int):
            try:
                return (float(x), float(y))
            except OverflowError:
                raise DecodeError(path, "a coordinate too large for a float") from None
    raise DecodeError(path, f"expected a point [x, y] in metres, got {v!r}")


def _dec_points(v: Any, path: str) -> tuple[tuple[float, float], ...]:
    if type(v) is not list and type(v) is not tuple:
        raise DecodeError(path, f"expected a list of points, got {_type_name(v)}")
    # Hot path of a project load: pairs of floats (what Jamii writes) are taken in one comprehension
    # and one check of the set of coordinate types; anything else takes the loop below, which
    # converts whole numbers and names the first bad point.
    try:
        pairs = tuple([(x, y) for x, y in v])
    except (TypeError, ValueError):
        pairs = None
    if (
        pairs is not None
        and set(map(type, chain.from_iterable(pairs))) <= _FLOAT_ONLY
        and set(map(type, v)) <= _PAIR_TYPES
    ):
        return pairs
    out = []
    for i, p in enumerate(v):
        # Hot loop of a project load: keep the common case to two type checks.
        if (type(p) is list or type(p) is tuple) and len(p) == 2:
            x, y = p
            tx, ty = type(x), type(y)
            if (tx is float or tx is int) and (ty is float or ty is int):
                try:
                    out.append((float(x), float(y)))
                except OverflowError:
                    raise DecodeError(f"{path}[{i}]", "a coordinate too large for a float") from None
                continue
        raise DecodeError(f"{path}[{i}]", f"expected a point [x, y] in metres, got {p!r}")
    return tuple(out)


# --------------------------------------------------------------------------- fast paths of the decoder

_ABSENT = object()
_EMPTY_TUPLE_OK = "empty-tuple"
"""Marker in a field's plain types: an empty JSON list decodes to ``()`` without a call."""


def _plain_types(tp: Any) -> frozenset[Any]:
    """Return the JSON value types a field of type ``tp`` takes as they are (exactly what its decoder returns)."""
    if tp is str or tp is bool or tp is int:
        return frozenset((tp,))
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (types.UnionType, typing.Union) and type(None) in args:
        (inner,) = [a for a in args if a is not type(None)]
        return _plain_types(inner) | {type(None)}
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return frozenset((_EMPTY_TUPLE_OK,))
    return frozenset()


def _enum_values(tp: Any) -> dict[str, Enum] | None:
    """Return an enum field's members by value (None for other fields)."""
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (types.UnionType, typing.Union) and type(None) in args:
        (tp,) = [a for a in args if a is not type(None)]
    if isinstance(tp, type) and issubclass(tp, Enum):
        return {m.value: m for m in tp if isinstance(m.value, str)}
    return None


def _inner_decoder(tp: Any) -> Decoder | None:
    """Return the decoder of an optional field's non-null values (None for a field that is not optional)."""
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (types.UnionType, typing.Union) and type(None) in args:
        (inner,) = [a for a in args if a is not type(None)]
        return _codec_for(inner)[1]
    return None


class _FastField:
    """What the decoder's hot loop needs to know of one field (see :func:`_decode_fields`)."""

    __slots__ = ("bounds", "dec", "enum_values", "has_default", "inner", "name", "plain")

    def __init__(
        self,
        name: str,
        dec: Decoder,
        has_default: bool,
        plain: frozenset[Any],
        enum_values: dict[str, Enum] | None,
        rng: Any,
        inner: Decoder | None = None,
    ) -> None:
        self.name = name
        self.dec = dec
        self.inner = inner  # an optional field's decoder of a value that is not null
        self.has_default = has_default
        self.plain = plain
        self.enum_values = enum_values
        # (exclusive low, inclusive low, inclusive high) of the physical range; None without one.
        self.bounds = (
            None
            if rng is None
            else (
                -math.inf if rng.gt is None else float(rng.gt),
                -math.inf if rng.min is None else float(rng.min),
                math.inf if rng.max is None else float(rng.max),
            )
        )


def _decode_fields(fields: tuple[_FastField, ...], data: dict[str, Any], path: str) -> dict[str, Any]:
    """Return the constructor arguments of one object from its JSON ``data`` (hot loop of a load).

    Values that are already what the field holds (text, true/false, whole numbers, null where allowed,
    an enum's value, an empty list) are taken without a call; anything else goes through the field's
    decoder, which names the JSON path of a bad value. A number inside its physical range's bounds
    skips the range check; anything else gets the full check and its message.
    """
    from designer.model.ranges import check_value

    kwargs = {}
    for f in fields:
        v = data.get(f.name, _ABSENT)
        if v is _ABSENT:
            if not f.has_default:
                raise DecodeError(path, f"missing field {f.name!r}")
            continue
        t = type(v)
        if t in f.plain:
            value = v
        elif f.enum_values is not None and t is str and v in f.enum_values:
            value = f.enum_values[v]
        elif t is list and not v and _EMPTY_TUPLE_OK in f.plain:
            value = ()
        else:
            value = f.dec(v, f"{path}.{f.name}")
        bounds = f.bounds
        if bounds is not None and value is not None:
            tv = type(value)
            # Decimals here come from _dec_decimal, which refuses NaN and infinities.
            in_bounds = (tv is int or tv is float or tv is Decimal) and bounds[0] < value
            if not (in_bounds and bounds[1] <= value <= bounds[2]) and (reason := check_value(f.name, value)):
                raise DecodeError(f"{path}.{f.name}", reason)
        kwargs[f.name] = value
    return kwargs


# --------------------------------------------------------------------------- a kind's list, a column at a time

_NUMBER_TYPES = frozenset((int, float, Decimal))
_DICT_ONLY = frozenset((dict,))
_LIST_ONLY = frozenset((list,))
_STR_ONLY = frozenset((str,))
_ABSENT_TYPE = type(_ABSENT)
_NONE_TYPE = type(None)


class _Unusual(Exception):
    """A value the column-wise decoder leaves to the one-by-one path (which words its error, in file order)."""


class _BulkDecoder:
    """Decode the list of one record kind a field (a column) at a time, when every value has the usual shape.

    A project of 10,000 plots holds some 40,000 records. Taken one value at a time through its field's
    decoder, and each record through the frozen dataclass ``__init__`` (one ``object.__setattr__`` per
    field), they were most of a load. Here each column is checked with a few set operations over all
    of its values; the records are made empty and filled through their slots a column at a time, then
    each is given its ``__post_init__``: what the dataclass ``__init__`` does, field for field.

    Anything unusual (a value of another type, a whole number where a float is kept, a value outside
    its physical range, a record its own checks refuse) gives None, and the caller decodes one by one,
    which raises the first error in file order with its JSON path, exactly as before.
    """

    def __init__(self, cls: type, fields: tuple[_FastField, ...], names: frozenset[str]) -> None:
        self.cls = cls
        self.fields = fields
        self.names = names
        self.post_init: Callable[[Any], None] | None = getattr(cls, "__post_init__", None)
        self.fills: dict[str, Callable[[], Any]] = {}
        for f in dataclasses.fields(cls):
            if f.default_factory is not dataclasses.MISSING:
                self.fills[f.name] = f.default_factory
            elif f.default is not dataclasses.MISSING:
                self.fills[f.name] = _constant(f.default)
        # Filling the slots stands for __init__ only when __init__ sets every field and nothing else.
        slots: dict[str, Any] = {f.name: getattr(cls, f.name, None) for f in dataclasses.fields(cls)}
        fillable = all(f.init for f in dataclasses.fields(cls)) and all(
            isinstance(d, types.MemberDescriptorType) for d in slots.values()
        )
        self.setters: dict[str, Callable[[Any, Any], None]] | None = (
            {name: d.__set__ for name, d in slots.items()} if fillable else None
        )

    def decode(self, items: list[Any]) -> list[Any] | None:
        """Return the records of ``items`` in order; None when one value is unusual (decode one by one)."""
        if not items:
            return []
        if set(map(type, items)) != _DICT_ONLY or not self.names.issuperset(set().union(*items)):
            return None
        try:
            columns = {
                f.name: self._column(f, list(map(dict.get, items, repeat(f.name), repeat(_ABSENT))))
                for f in self.fields
            }
            return self._build(columns, len(items))
        except Exception:  # the one-by-one path raises the first error, in file order
            return None

    def _column(self, f: _FastField, raw: list[Any]) -> list[Any]:
        kinds = set(map(type, raw))
        if _ABSENT_TYPE not in kinds:
            return self._values(f, raw, kinds)
        fill = self.fills.get(f.name)
        if fill is None:
            raise _Unusual(f.name)  # a required field is missing
        kinds.discard(_ABSENT_TYPE)
        given = iter(self._values(f, [v for v in raw if v is not _ABSENT], kinds))
        return [fill() if v is _ABSENT else next(given) for v in raw]

    @staticmethod
    def _values(f: _FastField, values: list[Any], kinds: set[type]) -> list[Any]:
        """Return the field's values of a column (without absent ones), as ``_decode_fields`` would."""
        if not values:
            return values
        if kinds <= f.plain:
            out = values
        elif f.enum_values is not None and kinds <= f.plain | _STR_ONLY:
            enum_values = f.enum_values
            out = [enum_values[v] if type(v) is str else v for v in values]  # KeyError: not a member
        elif _EMPTY_TUPLE_OK in f.plain and kinds == _LIST_ONLY and not any(values):
            out = [()] * len(values)
        else:
            usual = _usual_values(f.dec, values, kinds)
            if usual is None and f.inner is not None and _NONE_TYPE in kinds:  # an optional field's values
                given = _usual_values(f.inner, [v for v in values if v is not None], kinds - {_NONE_TYPE})
                if given is not None:
                    each = iter(given)
                    usual = [None if v is None else next(each) for v in values]
            if usual is None:
                dec = f.dec
                usual = [dec(v, "") for v in values]  # an error sends the kind one by one, with its path
            out = usual
        if f.bounds is not None:
            _check_bounds(f, out)
        return out

    def _build(self, columns: dict[str, list[Any]], n: int) -> list[Any]:
        cls = self.cls
        if self.setters is None:
            names = list(columns)
            return [cls(**dict(zip(names, row, strict=True))) for row in zip(*columns.values(), strict=True)]
        records: list[Any] = list(map(object.__new__, repeat(cls, n)))
        for name, set_slot in self.setters.items():
            deque(map(set_slot, records, columns[name]), maxlen=0)
        if self.post_init is not None:
            deque(map(self.post_init, records), maxlen=0)
        return records


def _constant(value: Any) -> Callable[[], Any]:
    return lambda: value


def _usual_values(dec: Decoder, values: list[Any], kinds: set[type]) -> list[Any] | None:
    """Return a column decoded in a few bulk steps when it has the shape Jamii writes (None otherwise)."""
    if dec is _dec_float and kinds == _FLOAT_ONLY:
        return values if all(map(math.isfinite, values)) else None
    if dec is _dec_decimal and kinds == _STR_ONLY:
        amounts = list(map(Decimal, values))  # InvalidOperation: not an amount
        return amounts if all(map(Decimal.is_finite, amounts)) else None
    if kinds != _LIST_ONLY or (dec is not _dec_point and dec is not _dec_points):
        return None
    points = values if dec is _dec_point else list(chain.from_iterable(values))
    if (
        not points
        or set(map(type, points)) != _LIST_ONLY
        or set(map(len, points)) != {2}
        or set(map(type, chain.from_iterable(points))) != _FLOAT_ONLY
    ):
        return None
    pairs = list(map(tuple, points))
    if dec is _dec_point:
        return pairs
    each = iter(pairs)
    return [tuple(islice(each, len(v))) for v in values]


def _check_bounds(f: _FastField, values: list[Any]) -> None:
    """Raise _Unusual unless every value lies inside the field's bounds (or passes its range check)."""
    from designer.model.ranges import check_value

    assert f.bounds is not None
    numbers = values if set(map(type, values)) <= _NUMBER_TYPES else []
    if not numbers:
        numbers = [v for v in values if type(v) in _NUMBER_TYPES]
        if any(v is not None and type(v) not in _NUMBER_TYPES and check_value(f.name, v) for v in values):
            raise _Unusual(f.name)
    if numbers:
        low, high = min(numbers), max(numbers)
        if not (f.bounds[0] < low and f.bounds[1] <= low and high <= f.bounds[2]):
            raise _Unusual(f.name)


_BULK: dict[type, _BulkDecoder] = {}


# --------------------------------------------------------------------------- dataclasses


_CODECS: dict[type, tuple[Encoder, Decoder, dict[str, Any]]] = {}


def _dataclass_codec(cls: type) -> tuple[Encoder, Decoder, dict[str, Any]]:
    cached = _CODECS.get(cls)
    if cached is None:
        cached = _CODECS[cls] = _build_dataclass_codec(cls)
    return cached


def _build_dataclass_codec(cls: type) -> tuple[Encoder, Decoder, dict[str, Any]]:
    hints = typing.get_type_hints(cls)
    fields = [f for f in dataclasses.fields(cls) if f.init]
    specs: list[tuple[str, Encoder, Decoder, bool]] = []
    properties: dict[str, Any] = {}
    required: list[str] = []
    for f in fields:
        enc, dec, schema = _codec_for(hints[f.name])
        has_default = f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
        specs.append((f.name, enc, dec, has_default))
        properties[f.name] = schema
        if not has_default:
            required.append(f.name)
    names = frozenset(s[0] for s in specs)
    is_record = issubclass(cls, Record)
    from designer.model.ranges import field_range

    fast = tuple(
        _FastField(
            name,
            dec,
            has_default,
            _plain_types(hints[name]),
            _enum_values(hints[name]),
            field_range(name),
            _inner_decoder(hints[name]),
        )
        for name, _, dec, has_default in specs
    )
    if is_record:
        _BULK[cls] = _BulkDecoder(cls, fast, names)

    def encode(obj: Any) -> dict[str, Any]:
        return {name: enc(getattr(obj, name)) for name, enc, _, _ in specs}

    def decode(data: Any, path: str) -> Any:
        if type(data) is not dict:
            raise DecodeError(path, f"expected an object, got {_type_name(data)}")
        if not names.issuperset(data):
            raise DecodeError(path, f"unknown field {sorted(data.keys() - names)[0]!r}")
        kwargs = _decode_fields(fast, data, path)
        try:
            return cls(**kwargs)
        except Exception as exc:  # the domain error says what is wrong with the record
            from designer.model.errors import JamiiError

            if isinstance(exc, JamiiError):
                raise DecodeError(path, str(exc)) from exc
            raise

    object_schema: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
    if is_record:
        object_schema["title"] = cls.KIND  # type: ignore[attr-defined]
        if cls.__doc__:
            object_schema["description"] = cls.__doc__.strip().splitlines()[0]
    return encode, decode, object_schema


def encode_record(rec: Record) -> dict[str, Any]:
    """Return the JSON-ready dict of a record (without its kind: the file groups records by kind)."""
    return _dataclass_codec(type(rec))[0](rec)  # type: ignore[no-any-return]


def decode_record(kind: str, data: Any, path: str) -> Record:
    """Build a record of ``kind`` from JSON data; raise DecodeError naming the JSON path."""
    cls = record_types().get(kind)
    if cls is None:
        raise DecodeError(path, f"unknown record kind {kind!r}")
    return _dataclass_codec(cls)[1](data, path)  # type: ignore[no-any-return]


def decode_records(kind: str, items: Any, path: str) -> list[Record]:
    """Build every record of ``kind`` from its JSON list at ``path``; raise DecodeError naming the first bad value.

    The same records and the same first error as :func:`decode_record` on each item in turn; a list
    whose every value is of the usual shape is decoded a column at a time (see ``_BulkDecoder``).
    """
    cls = record_types().get(kind)
    if cls is None:
        raise DecodeError(path, f"unknown record kind {kind!r}")
    if type(items) is not list:
        raise DecodeError(path, "expected a list")
    decode = _dataclass_codec(cls)[1]  # builds the bulk decoder too
    records = _BULK[cls].decode(items)
    if records is None:  # something unusual: one by one, which names the first bad value in file order
        records = [decode(item, f"{path}[{i}]") for i, item in enumerate(items)]
    return records


def json_schema(schema_version: int) -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of a project file of this schema version."""
    from designer.model.project import ProjectInfo

    kinds = {k: c for k, c in record_types().items() if c is not ProjectInfo}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://jamii.invalid/schema/jamii-project-{schema_version}.schema.json",
        "title": "Jamii project file",
        "description": "A Jamii project: geometry in local metres (add the project origin for CRS coordinates), "
        "money as decimal strings in the project currency.",
        "type": "object",
        "required": ["format", "schema_version", "project", "records"],
        "additionalProperties": False,
        "properties": {
            "format": {"const": "jamii-project"},
            "schema_version": {"const": schema_version},
            "generator": {"type": "string"},
            "project": _dataclass_codec(ProjectInfo)[2],
            "records": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    kind: {"type": "array", "items": _dataclass_codec(cls)[2]} for kind, cls in kinds.items()
                },
            },
        },
    }
