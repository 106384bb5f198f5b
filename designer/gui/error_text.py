"""A problem the user caused, in the user's language.

The core raises its errors in English (the CLI prints them, logs keep them). At the GUI boundary the
fixed part of a message is looked up in the ``errors`` context of the catalogue; the names it carries (a
record id, a file, a JSON path) are kept as they are. A message built from measured values carries them
apart (:class:`designer.model.errors.Message`): its template is translated, its numbers are written the
way the user's language writes them ("2,5 m" in French) and the words among its values (a field's
name, "a DXF drawing") are translated too.
"""

from __future__ import annotations

import math
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from designer.gui.locale_format import number
from designer.model.errors import InvalidRecordError, Message, ProjectFileError
from designer.model.toml_data import TomlDataError

__all__ = ["MESSAGES", "TERMS", "error_text", "localised"]

MESSAGES = (
    # tools
    QT_TRANSLATE_NOOP("errors", "choose or create an option first: demolitions belong to an option"),
    QT_TRANSLATE_NOOP("errors", "the line must cross one plot from side to side"),
    QT_TRANSLATE_NOOP(
        "errors",
        "this is part of the settlement today: the eraser only removes what this option added "
        "(to take a house down, use Take down house)",
    ),
    # records
    QT_TRANSLATE_NOOP("errors", "a ballot correction needs a reason"),
    QT_TRANSLATE_NOOP("errors", "a household has at least one person"),
    QT_TRANSLATE_NOOP("errors", "an option needs a name"),
    QT_TRANSLATE_NOOP("errors", "children must be between 0 and the household size"),
    QT_TRANSLATE_NOOP("errors", "persons per household must be positive"),
    QT_TRANSLATE_NOOP("errors", "shares must lie between 0 and 1"),
    QT_TRANSLATE_NOOP("errors", "the image file is missing"),
    # with measured values (designer.model.errors.Message templates)
    QT_TRANSLATE_NOOP("errors", "{field}: {problem}"),
    QT_TRANSLATE_NOOP("errors", "{what} {value} is not a finite number"),
    QT_TRANSLATE_NOOP("errors", "{what} {value}{unit} must be more than {limit}"),
    QT_TRANSLATE_NOOP("errors", "{what} {value}{unit} is below the smallest plausible value, {limit}"),
    QT_TRANSLATE_NOOP("errors", "{what} {value}{unit} is above the largest plausible value, {limit}"),
    QT_TRANSLATE_NOOP("errors", "a number of about {digits} digits"),
    QT_TRANSLATE_NOOP("errors", "vertex {i} {point} is more than {limit} m from the project origin"),
    QT_TRANSLATE_NOOP("errors", "a line needs at least 2 points, got {n}"),
    QT_TRANSLATE_NOOP("errors", "segment {i} has zero length (repeated vertex)"),
    QT_TRANSLATE_NOOP("errors", "an outline needs at least 3 corners, got {n}"),
    QT_TRANSLATE_NOOP("errors", "the outline is degenerate (area {area_m2} m²)"),
    QT_TRANSLATE_NOOP("errors", "the outline crosses itself near ({x_m}, {y_m})"),
    QT_TRANSLATE_NOOP("errors", "line {line}: {value} is not a finite number"),
    QT_TRANSLATE_NOOP("errors", "{value} is not a finite number"),
    QT_TRANSLATE_NOOP("errors", "the point ({lat}, {lon}) lies {far_km} km from the site"),
    QT_TRANSLATE_NOOP("errors", "the point lies {far_km} km from the site (coordinates in {crs}?)"),
    # house types and house rules (designer.io.house_library)
    QT_TRANSLATE_NOOP("errors", "no house type {type_id}; known types: {known}"),
    QT_TRANSLATE_NOOP("errors", "expected a non-negative number, got {value}"),
    QT_TRANSLATE_NOOP("errors", "expected [x, y, width, depth] in metres"),
    QT_TRANSLATE_NOOP("errors", "a number too large for metres"),
    QT_TRANSLATE_NOOP("errors", "unknown rule threshold"),
    QT_TRANSLATE_NOOP("errors", "expected a table of use = area in m²"),
    QT_TRANSLATE_NOOP("errors", "a threshold too large for a number"),
    QT_TRANSLATE_NOOP("errors", "the outline is not a valid polygon ({reason})"),
    QT_TRANSLATE_NOOP("errors", "is {kind}, not a file that can be read as {what}"),
    QT_TRANSLATE_NOOP("errors", "is {size_mib} MiB, more than the {limit_mib} MiB {what} may have"),
    QT_TRANSLATE_NOOP("errors", "grew past the {limit_mib} MiB {what} may have while being read"),
    QT_TRANSLATE_NOOP("errors", "has more than {max_entities} entities; split the drawing or purge it first"),
    QT_TRANSLATE_NOOP(
        "errors",
        "line {line}: value {value} (group {code}) is not a plausible coordinate or length (at most {limit} m)",
    ),
    QT_TRANSLATE_NOOP("errors", "row"),
    QT_TRANSLATE_NOOP("errors", "column"),
    # where imported data would land (designer.io.crs)
    QT_TRANSLATE_NOOP("errors", "{where}: in {crs} the data would land at {at}, and {problem}{hint}"),
    QT_TRANSLATE_NOOP("errors", "{lat}°{ns} {lon}°{ew}"),
    QT_TRANSLATE_NOOP("errors", "nowhere on the Earth"),
    QT_TRANSLATE_NOOP("errors", "its coordinates are not on the Earth in this CRS"),
    QT_TRANSLATE_NOOP("errors", "its coordinates are not longitudes/latitudes"),
    QT_TRANSLATE_NOOP("errors", "its eastings ({km} km) are outside the 100–900 km of a UTM zone"),
    QT_TRANSLATE_NOOP("errors", "its northings ({km} km) are outside the 0–10,000 km of a UTM zone"),
    QT_TRANSLATE_NOOP("errors", "that is outside the area of use of {crs} ({area})"),
    QT_TRANSLATE_NOOP("errors", "that is at sea"),
    QT_TRANSLATE_NOOP("errors", "; candidate CRSs that put it on land: {crss}"),
    QT_TRANSLATE_NOOP("errors", "; check the CRS of the source (pass --crs with the right one)"),
)
"""The fixed messages the catalogue translates (pyside6-lupdate finds them here)."""

TERMS = (
    # what a file should be (designer.io.file_limits)
    QT_TRANSLATE_NOOP("errors", "a folder"),
    QT_TRANSLATE_NOOP("errors", "a pipe (FIFO)"),
    QT_TRANSLATE_NOOP("errors", "a device"),
    QT_TRANSLATE_NOOP("errors", "a socket"),
    QT_TRANSLATE_NOOP("errors", "not a regular file"),
    QT_TRANSLATE_NOOP("errors", "a project"),
    QT_TRANSLATE_NOOP("errors", "a DXF drawing"),
    QT_TRANSLATE_NOOP("errors", "a workbook"),
    QT_TRANSLATE_NOOP("errors", "an image"),
    QT_TRANSLATE_NOOP("errors", "a GIS file"),
    QT_TRANSLATE_NOOP("errors", "a survey export"),
    QT_TRANSLATE_NOOP("errors", "a table"),
    QT_TRANSLATE_NOOP("errors", "a TOML data file"),
    QT_TRANSLATE_NOOP("errors", "the project CRS"),
    QT_TRANSLATE_NOOP("errors", "none"),
    # the fields of resources/validation/physical_ranges.toml ("what"); a test keeps this list complete
    QT_TRANSLATE_NOOP("errors", "GPS precision limit"),
    QT_TRANSLATE_NOOP("errors", "balance"),
    QT_TRANSLATE_NOOP("errors", "budget limit"),
    QT_TRANSLATE_NOOP("errors", "depth"),
    QT_TRANSLATE_NOOP("errors", "diameter"),
    QT_TRANSLATE_NOOP("errors", "distance"),
    QT_TRANSLATE_NOOP("errors", "flow"),
    QT_TRANSLATE_NOOP("errors", "footing depth"),
    QT_TRANSLATE_NOOP("errors", "footing width"),
    QT_TRANSLATE_NOOP("errors", "government works"),
    QT_TRANSLATE_NOOP("errors", "grace period (months)"),
    QT_TRANSLATE_NOOP("errors", "grid spacing"),
    QT_TRANSLATE_NOOP("errors", "height"),
    QT_TRANSLATE_NOOP("errors", "hour of the day"),
    QT_TRANSLATE_NOOP("errors", "household size"),
    QT_TRANSLATE_NOOP("errors", "image height"),
    QT_TRANSLATE_NOOP("errors", "image width"),
    QT_TRANSLATE_NOOP("errors", "income"),
    QT_TRANSLATE_NOOP("errors", "interest rate"),
    QT_TRANSLATE_NOOP("errors", "lamp power"),
    QT_TRANSLATE_NOOP("errors", "level"),
    QT_TRANSLATE_NOOP("errors", "loan term (months)"),
    QT_TRANSLATE_NOOP("errors", "monthly savings"),
    QT_TRANSLATE_NOOP("errors", "number of children"),
    QT_TRANSLATE_NOOP("errors", "number of members"),
    QT_TRANSLATE_NOOP("errors", "number of participants"),
    QT_TRANSLATE_NOOP("errors", "number of rooms"),
    QT_TRANSLATE_NOOP("errors", "number of seats"),
    QT_TRANSLATE_NOOP("errors", "number of stages"),
    QT_TRANSLATE_NOOP("errors", "number of storeys"),
    QT_TRANSLATE_NOOP("errors", "number of taps"),
    QT_TRANSLATE_NOOP("errors", "origin easting"),
    QT_TRANSLATE_NOOP("errors", "origin northing"),
    QT_TRANSLATE_NOOP("errors", "persons per household"),
    QT_TRANSLATE_NOOP("errors", "plot width"),
    QT_TRANSLATE_NOOP("errors", "pressure head"),
    QT_TRANSLATE_NOOP("errors", "price"),
    QT_TRANSLATE_NOOP("errors", "roof overhang"),
    QT_TRANSLATE_NOOP("errors", "roof pitch"),
    QT_TRANSLATE_NOOP("errors", "rotation"),
    QT_TRANSLATE_NOOP("errors", "savings balance"),
    QT_TRANSLATE_NOOP("errors", "sill height"),
    QT_TRANSLATE_NOOP("errors", "slab thickness"),
    QT_TRANSLATE_NOOP("errors", "storage"),
    QT_TRANSLATE_NOOP("errors", "storey height"),
    QT_TRANSLATE_NOOP("errors", "subsidy cap"),
    QT_TRANSLATE_NOOP("errors", "thickness"),
    QT_TRANSLATE_NOOP("errors", "wall thickness"),
    QT_TRANSLATE_NOOP("errors", "width"),
    QT_TRANSLATE_NOOP("errors", "willingness to pay"),
)
"""Words that stand among an error's values (a file's kind, a field's name) and are translated too."""

RECORD_KINDS = (
    # the kind that starts a record's error ("building 'b-1': …"), as the model spells it
    QT_TRANSLATE_NOOP("errors", "plot"),
    QT_TRANSLATE_NOOP("errors", "hazard"),
    QT_TRANSLATE_NOOP("errors", "path"),
    QT_TRANSLATE_NOOP("errors", "building"),
    QT_TRANSLATE_NOOP("errors", "core_house"),
    QT_TRANSLATE_NOOP("errors", "drain"),
    QT_TRANSLATE_NOOP("errors", "sewer"),
    QT_TRANSLATE_NOOP("errors", "water_main"),
    QT_TRANSLATE_NOOP("errors", "water_point"),
    QT_TRANSLATE_NOOP("errors", "toilet"),
    QT_TRANSLATE_NOOP("errors", "manhole"),
    QT_TRANSLATE_NOOP("errors", "street_light"),
    QT_TRANSLATE_NOOP("errors", "supply_point"),
    QT_TRANSLATE_NOOP("errors", "spot_level"),
)
"""Record kinds named at the start of a record's error, translated like the rest of the line."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def _number(value: int | float | Decimal, spec: str) -> str:
    """Write a measured value as the user's language does, with the decimals its format spec asks for."""
    if spec.startswith(".") and spec.endswith("f"):
        return number(value, int(spec[1:-1]))
    if isinstance(value, int) or (isinstance(value, Decimal) and value == value.to_integral_value()):
        return number(value)
    as_float = float(value)
    if not math.isfinite(as_float) or (as_float != 0 and not 1e-4 <= abs(as_float) < 1e15):
        return format(value, "g")  # 1e+300: the digits would be a page long
    decimals = len(format(value, "g").partition(".")[2].partition("e")[0])  # as many as it has, up to 6
    return number(value, min(decimals, 6))


def localised(message: Message) -> str:
    """Return a structured message in the user's language, numbers written as that language writes them."""
    return message.render(_tr, _number)


def _reason(exc: BaseException) -> str:
    message = getattr(exc, "message", None)
    return localised(message) if isinstance(message, Message) else _tr(str(getattr(exc, "reason", exc)))


def error_text(exc: BaseException | str) -> str:
    """Return an error's message with its fixed part in the user's language."""
    from designer.io.file_limits import InputFileError
    from designer.io.house_library import HouseTypeFileError
    from designer.io.households_import import HouseholdImportError

    if isinstance(exc, InvalidRecordError):
        return f"{_tr(exc.kind)} {exc.record_id!r}: {_reason(exc)}"
    if isinstance(exc, ProjectFileError):
        where = f" {exc.json_path}" if exc.json_path else ""
        return f"{exc.path}{where}: {_reason(exc)}"
    if isinstance(exc, InputFileError | TomlDataError):
        return f"{exc.path}: {_reason(exc)}"
    if isinstance(exc, HouseTypeFileError):
        where = f" [{exc.where}]" if exc.where else ""
        return f"{exc.path}{where}: {_reason(exc)}"
    if isinstance(exc, HouseholdImportError):
        where = exc.path
        if exc.row is not None:
            where += f" {_tr('row')} {exc.row}"
        if exc.column is not None:
            where += f", {_tr('column')} {exc.column!r}"
        return f"{where}: {_reason(exc)}"
    if isinstance(exc, Message):
        return localised(exc)
    message = getattr(exc, "message", None)  # any other error that carries its values apart
    if isinstance(message, Message):
        return localised(message)
    return _tr(str(exc))
