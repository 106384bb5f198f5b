"""The layer profile: which DXF layer each feature and status goes on, with colour, linetype and description.

The profile is data (``resources/layers/*.toml``, default ``jamii-ncs.toml``) so that an office or a
client authority can swap in its own CAD standard without touching code. Feature names used by the
walker (keys of ``[map]``): plot, building, hazard, road, road_edge, footpath, water_main, sewer,
drain_open, drain_pipe, standpipe, kiosk, supply_point, toilet, manhole, street_light, spot_level;
label/hatch keys ``<feature>.label`` / ``<feature>.hatch``; and the annotation keys text, dims,
title, noplot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from designer.io.errors import LayerProfileError

__all__ = [
    "DEFAULT_PROFILE",
    "STATUSES",
    "LayerProfile",
    "LayerSpec",
    "Linetype",
    "linetypes",
    "load_profile",
]

DEFAULT_PROFILE = "jamii-ncs"
STATUSES = ("E", "N", "D", "M")
"""Existing to remain, new (proposed), demolish, move."""

_NAME_RE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,30}$")
_VALID_LINEWEIGHTS = {
    0,
    5,
    9,
    13,
    15,
    18,
    20,
    25,
    30,
    35,
    40,
    50,
    53,
    60,
    70,
    80,
    90,
    100,
    106,
    120,
    140,
    158,
    200,
    211,
}
_REQUIRED_KEYS = (
    "plot.E",
    "plot.N",
    "building.E",
    "building.N",
    "building.D",
    "building.M",
    "text",
    "dims",
    "title",
    "noplot",
)


@dataclass(frozen=True, slots=True)
class LayerSpec:
    """One layer of the profile.

    Attributes:
        name: layer name (A–Z, 0–9, dash; ≤ 31 characters, R12-safe).
        description: what is on the layer (DXF layer description and layer key).
        aci: AutoCAD colour index 1–255.
        linetype: CONTINUOUS or a linetype of ``resources/layers/linetypes.toml``.
        lineweight: lineweight in 1/100 mm (one of the DXF values).
        plot: False for a layer that is never plotted (viewports, read-me).
    """

    name: str
    description: str
    aci: int = 7
    linetype: str = "CONTINUOUS"
    lineweight: int = 25
    plot: bool = True


@dataclass(frozen=True)
class LayerProfile:
    """A complete layer profile: layers, the feature→layer map and drawing-wide settings."""

    name: str
    description: str
    scale_denominator: int
    label_height_mm: float
    building_hatch_pattern: str
    building_hatch_scale: float
    dimension_style: str
    layers: dict[str, LayerSpec]
    mapping: dict[str, str]
    source: str = ""

    @property
    def label_height_m(self) -> float:
        """Model-space height of label text in metres (paper mm × scale ÷ 1000)."""
        return self.label_height_mm * self.scale_denominator / 1000.0

    def has(self, key: str) -> bool:
        """Say whether the profile maps ``key`` (e.g. ``"drain.label"``) to a layer."""
        return key in self.mapping

    def layer_name(self, key: str) -> str:
        """Return the layer name for a map key such as ``"plot.E"`` or ``"text"``."""
        try:
            return self.mapping[key]
        except KeyError:
            raise LayerProfileError(f"layer profile {self.name!r} has no layer for {key!r}") from None

    def feature_layer(
        self, feature: str, status: str, option_no: int | None = None, option_name: str = ""
    ) -> LayerSpec:
        """Return the layer of ``feature`` in ``status`` (E/N/D/M), on option ``option_no``'s layers if given.

        With ``option_no`` k (1–9) the status suffix becomes the digit k (``C-WATR-PIPE-N`` →
        ``C-WATR-PIPE-1``; a layer without status gets ``-k``), and D/M layers become
        ``<base>-DEMO-k`` / ``<base>-MOVE-k`` so every option keeps its own demolitions and moves.
        """
        return self.key_layer(f"{feature}.{status}", None if status == "E" else option_no, option_name)

    def key_layer(self, key: str, option_no: int | None = None, option_name: str = "") -> LayerSpec:
        """Return the layer for a map key, derived for option ``option_no`` (see ``feature_layer``)."""
        spec = self.layers[self.layer_name(key)]
        if option_no is None:
            return spec
        status = spec.name[-1] if spec.name[-2:] in ("-N", "-E", "-D", "-M") else ""
        base = spec.name[:-2] if status else spec.name
        if status in ("D", "M"):
            name = f"{base}-{'DEMO' if status == 'D' else 'MOVE'}-{option_no}"
        else:
            name = f"{base}-{option_no}"
        described = f"{spec.description} — option {option_no}" + (f": {option_name}" if option_name else "")
        return replace(spec, name=name, description=described)


@dataclass(frozen=True, slots=True)
class Linetype:
    """A dash pattern every Jamii drawing defines (``resources/layers/linetypes.toml``).

    Attributes:
        name: linetype name as layers name it (upper case).
        description: the ASCII picture and use, as CAD programs list it.
        pattern_mm: paper millimetres: dash > 0, gap < 0, dot = 0.
    """

    name: str
    description: str
    pattern_mm: tuple[float, ...]

    @property
    def period_mm(self) -> float:
        """The length of one repeat of the pattern on paper."""
        return sum(abs(v) for v in self.pattern_mm)


@cache
def linetypes() -> dict[str, Linetype]:
    """Return the shipped linetypes by name (CONTINUOUS is implied and not listed)."""
    from designer.resources import resource_path

    where = resource_path("layers", "linetypes.toml")
    from designer.model.toml_data import read_toml

    data = read_toml(where)
    out: dict[str, Linetype] = {}
    for name, raw in data.items():
        pattern = tuple(float(v) for v in raw["pattern_mm"])
        if not pattern or not any(v < 0 for v in pattern) or not all(abs(v) < 100 for v in pattern):
            raise LayerProfileError(f"{where}: linetype {name}: a pattern needs dashes and gaps under 100 mm")
        out[name.upper()] = Linetype(name.upper(), str(raw["description"]), pattern)
    return out


def load_profile(
    name_or_path: str | Path = DEFAULT_PROFILE, *, scale_denominator: int | None = None
) -> LayerProfile:
    """Load a layer profile by name (``resources/layers/<name>.toml``) or from a TOML file path.

    ``scale_denominator`` draws at another scale than the profile's (text and linetypes follow it).

    Raises:
        LayerProfileError: the file is missing, not TOML, or its layers or map are inconsistent.
    """
    path = Path(name_or_path)
    if not path.suffix:
        from designer.resources import resource_path

        path = resource_path("layers", f"{name_or_path}.toml")
    from designer.model.toml_data import TomlDataError, read_toml

    try:
        data = read_toml(path)
    except FileNotFoundError:
        raise LayerProfileError(f"layer profile {str(path)!r} not found") from None
    except (OSError, TomlDataError) as exc:
        raise LayerProfileError(f"layer profile {str(path)!r} cannot be read ({exc})") from None
    profile = _profile_from_dict(data, str(path))
    if scale_denominator is None:
        return profile
    # ezdxf's dimension style names carry the scale (EZ_M_500_H25_M): the text follows the new scale too.
    dimstyle = re.sub(r"^(EZ_M_)\d+(_)", rf"\g<1>{scale_denominator}\g<2>", profile.dimension_style)
    return replace(profile, scale_denominator=scale_denominator, dimension_style=dimstyle)


def _layer_from_dict(raw: object, i: int, where: str) -> LayerSpec:
    """Read and check one [[layer]] table of a profile."""
    if not isinstance(raw, dict):
        raise LayerProfileError(f"{where}: layer {i + 1} is not a table")
    name = str(raw.get("name", ""))
    if not _NAME_RE.match(name):
        raise LayerProfileError(f"{where}: layer name {name!r} must be A–Z, 0–9 and '-' and ≤ 31 characters")
    desc = str(raw.get("description", "")).strip()
    if not desc:
        raise LayerProfileError(f"{where}: layer {name} has no description (the layer key needs one)")
    spec = LayerSpec(
        name=name,
        description=desc,
        aci=int(raw.get("aci", 7)),
        linetype=str(raw.get("linetype", "CONTINUOUS")).upper(),
        lineweight=int(raw.get("lineweight", 25)),
        plot=bool(raw.get("plot", True)),
    )
    if not 1 <= spec.aci <= 255:
        raise LayerProfileError(f"{where}: layer {name}: colour index {spec.aci} is not 1–255")
    if spec.linetype != "CONTINUOUS" and spec.linetype not in linetypes():
        raise LayerProfileError(
            f"{where}: layer {name}: linetype {spec.linetype!r} is not defined; use CONTINUOUS or one of "
            + ", ".join(sorted(linetypes()))
        )
    if spec.lineweight not in _VALID_LINEWEIGHTS:
        raise LayerProfileError(f"{where}: layer {name}: {spec.lineweight} is not a DXF lineweight")
    return spec


def _profile_from_dict(data: dict[str, object], where: str) -> LayerProfile:
    head = data.get("profile")
    layers_raw = data.get("layer")
    mapping = data.get("map")
    if not isinstance(head, dict) or not isinstance(layers_raw, list) or not isinstance(mapping, dict):
        raise LayerProfileError(f"{where}: a layer profile needs [profile], [map] and [[layer]] tables")
    layers: dict[str, LayerSpec] = {}
    for i, raw in enumerate(layers_raw):
        spec = _layer_from_dict(raw, i, where)
        name = spec.name
        if name in layers:
            raise LayerProfileError(f"{where}: layer {name} is defined twice")
        layers[name] = spec
    str_map = {str(k): str(v) for k, v in mapping.items()}
    for key in _REQUIRED_KEYS:
        if key not in str_map:
            raise LayerProfileError(f"{where}: [map] needs a layer for {key!r}")
    for key, layer in str_map.items():
        if layer not in layers:
            raise LayerProfileError(
                f"{where}: [map] {key!r} names layer {layer!r}, which is not in the layer table"
            )
    return LayerProfile(
        name=str(head.get("name", Path(where).stem)),
        description=str(head.get("description", "")),
        scale_denominator=int(head.get("scale_denominator", 500)),
        label_height_mm=float(head.get("label_height_mm", 2.5)),
        building_hatch_pattern=str(head.get("building_hatch_pattern", "ANSI31")),
        building_hatch_scale=float(head.get("building_hatch_scale", 0.5)),
        dimension_style=str(head.get("dimension_style", "EZ_M_500_H25_M")),
        layers=layers,
        mapping=str_map,
        source=where,
    )
