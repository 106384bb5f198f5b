"""A background image (scanned plan, aerial photo, drone mosaic) placed under the drawing as a base.

The image is placed by two reference points: for each, a pixel position in the image and its
position on the plan in local metres. Two pairs fix a similarity transform (scale, rotation,
translation; no shear), which is what a photo of a paper plan or a north-up aerial image needs.
When only a known distance between two image points is available (a measured wall, a scale bar),
:meth:`BackgroundImage.from_distance` places the image north-up at a chosen point.

Pixel coordinates have x to the right and y *down* (image convention); metres have y up.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import ClassVar

from designer.model.errors import InvalidRecordError
from designer.model.geometry import Point
from designer.model.records import Record, register

__all__ = ["BackgroundImage", "RasterLayer"]


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class BackgroundImage(Record):
    """An image file drawn under the plan, placed by two reference points.

    Attributes:
        path: the image file, relative to the project file's folder when it lies beside or below it.
        width_px, height_px: image size in pixels.
        ref1_px, ref2_px: two image points (pixels, y down).
        ref1_m, ref2_m: where they lie on the plan (local metres, y up).
        opacity: 0 (invisible) to 1 (opaque).
        visible: shown or hidden.
        name: what the image is (e.g. "2019 drone mosaic").
        order: drawing order among the images (higher is drawn over lower).
        date: when the image was taken (ISO date), "" when not known.
    """

    KIND: ClassVar[str] = "background_image"
    ID_PREFIX: ClassVar[str] = "bg"
    path: str
    width_px: int
    height_px: int
    ref1_px: Point
    ref1_m: Point
    ref2_px: Point
    ref2_m: Point
    opacity: float = 0.6
    visible: bool = True
    name: str = ""
    order: int = 0
    date: str = ""

    def __post_init__(self) -> None:
        if not self.path.strip():
            raise InvalidRecordError(self.id, self.KIND, "the image file is missing")
        if self.width_px <= 0 or self.height_px <= 0:
            raise InvalidRecordError(self.id, self.KIND, "the image size must be positive")
        if not 0.0 <= self.opacity <= 1.0:
            raise InvalidRecordError(
                self.id, self.KIND, f"opacity must be between 0 and 1, got {self.opacity}"
            )
        values = (*self.ref1_px, *self.ref2_px, *self.ref1_m, *self.ref2_m)
        if not all(math.isfinite(v) for v in values):
            raise InvalidRecordError(self.id, self.KIND, "reference points must be finite numbers")
        if math.dist(self.ref1_px, self.ref2_px) < 1.0:
            raise InvalidRecordError(self.id, self.KIND, "the two reference points are the same pixel")
        if math.dist(self.ref1_m, self.ref2_m) < 0.01:
            raise InvalidRecordError(
                self.id, self.KIND, "the two reference points are at the same place on the plan"
            )

    @classmethod
    def from_distance(
        cls,
        *,
        id: str,
        path: str,
        width_px: int,
        height_px: int,
        ref1_px: Point,
        ref2_px: Point,
        distance_m: float,
        at_m: Point = (0.0, 0.0),
        **kw: object,
    ) -> BackgroundImage:
        """Place an image north-up from two pixels a known ``distance_m`` apart, ``ref1_px`` at ``at_m``."""
        if not distance_m > 0:
            raise InvalidRecordError(id, cls.KIND, f"the distance must be positive, got {distance_m} m")
        dx, dy = ref2_px[0] - ref1_px[0], -(ref2_px[1] - ref1_px[1])
        length = math.hypot(dx, dy)
        if length < 1.0:
            raise InvalidRecordError(id, cls.KIND, "the two reference points are the same pixel")
        k = distance_m / length
        ref2_m = (at_m[0] + dx * k, at_m[1] + dy * k)
        return cls(
            id=id,
            path=path,
            width_px=width_px,
            height_px=height_px,
            ref1_px=ref1_px,
            ref1_m=at_m,
            ref2_px=ref2_px,
            ref2_m=ref2_m,
            **kw,  # type: ignore[arg-type]
        )

    def _factor(self) -> complex:
        v = complex(self.ref2_px[0] - self.ref1_px[0], -(self.ref2_px[1] - self.ref1_px[1]))
        w = complex(self.ref2_m[0] - self.ref1_m[0], self.ref2_m[1] - self.ref1_m[1])
        return w / v

    @property
    def metres_per_pixel(self) -> float:
        """Ground size of one pixel in metres."""
        return abs(self._factor())

    @property
    def rotation_deg(self) -> float:
        """Counter-clockwise rotation of the image on the plan, in degrees (0 = north-up)."""
        return math.degrees(math.atan2(self._factor().imag, self._factor().real))

    def pixel_to_local(self, px: float, py: float) -> Point:
        """Return the local-metre position of an image pixel (x right, y down)."""
        z = complex(self.ref1_m[0], self.ref1_m[1]) + self._factor() * complex(
            px - self.ref1_px[0], -(py - self.ref1_px[1])
        )
        return (z.real, z.imag)

    def corners_m(self) -> tuple[Point, Point, Point, Point]:
        """Return the image corners on the plan: top-left, top-right, bottom-right, bottom-left (local metres)."""
        w, h = self.width_px, self.height_px
        return (
            self.pixel_to_local(0, 0),
            self.pixel_to_local(w, 0),
            self.pixel_to_local(w, h),
            self.pixel_to_local(0, h),
        )


@register
@dataclass(frozen=True, slots=True, kw_only=True)
class RasterLayer(Record):
    """A georeferenced image (drone orthophoto, satellite or aerial image) drawn under the plan.

    Its placement is the file's own (CRS and geotransform, reprojected to the project CRS when they differ);
    the project stores the reference and a checksum, never the pixels.

    Attributes:
        path: the image file, relative to the project file's folder when it lies beside or below it.
        sha256: checksum of the file when it was added or re-linked (a changed file is reported).
        size_bytes: its size then (checked cheaply each time the project opens).
        width_px, height_px: image size in pixels.
        crs_wkt: the file's CRS (WKT) when it was added.
        name: what the image is (e.g. "2025 drone flight").
        date: when it was taken (ISO date), "" when not known.
        opacity: 0 (invisible) to 1 (opaque).
        order: drawing order among the images (higher is drawn over lower).
        visible: shown or hidden.
        brightness: -1 (black) … 0 (as is) … 1 (white), added to every colour.
        contrast: 0 (flat grey) … 1 (as is) … 4, stretch about mid-grey.
    """

    KIND: ClassVar[str] = "raster_layer"
    ID_PREFIX: ClassVar[str] = "img"
    path: str
    sha256: str
    size_bytes: int
    width_px: int
    height_px: int
    crs_wkt: str
    name: str = ""
    date: str = ""
    opacity: float = 1.0
    order: int = 0
    visible: bool = True
    brightness: float = 0.0
    contrast: float = 1.0

    def __post_init__(self) -> None:
        if not self.path.strip():
            raise InvalidRecordError(self.id, self.KIND, "the image file is missing")
        if self.width_px <= 0 or self.height_px <= 0:
            raise InvalidRecordError(self.id, self.KIND, "the image size must be positive")
        if not self.crs_wkt.strip():
            raise InvalidRecordError(self.id, self.KIND, "a georeferenced layer needs the file's CRS")
        if len(self.sha256) != 64 or any(c not in "0123456789abcdef" for c in self.sha256):
            raise InvalidRecordError(self.id, self.KIND, f"not a SHA-256 checksum: {self.sha256!r}")
        checks = (
            (0.0 <= self.opacity <= 1.0, f"opacity must be between 0 and 1, got {self.opacity}"),
            (-1.0 <= self.brightness <= 1.0, f"brightness must be between -1 and 1, got {self.brightness}"),
            (0.0 <= self.contrast <= 4.0, f"contrast must be between 0 and 4, got {self.contrast}"),
            (self.size_bytes >= 0, f"the file size cannot be negative, got {self.size_bytes}"),
        )
        for ok, why in checks:
            if not ok:
                raise InvalidRecordError(self.id, self.KIND, why)
        if self.date and not _is_iso_date(self.date):
            raise InvalidRecordError(self.id, self.KIND, f"the date must be YYYY-MM-DD, got {self.date!r}")


def _is_iso_date(text: str) -> bool:
    import datetime

    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10
