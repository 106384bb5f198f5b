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

__all__ = ["BackgroundImage"]


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
