"""A georeferenced image starting a project prices it in the currency of the country it lies in (Kampala: UGX)."""

from __future__ import annotations

from designer.io.imagery import add_raster_layer
from designer.model.document import Document
from designer.model.project import ProjectInfo
from tests.imagery.rasters import write_geotiff


def test_an_image_of_kampala_starts_a_project_in_ugx(tmp_path):
    image = write_geotiff(tmp_path / "drone.tif")
    added = add_raster_layer(Document(ProjectInfo()), image, tmp_path / "site.jamii")
    assert (added.project.currency, added.project.country) == ("UGX", "UG")
    assert any(line.startswith("currency: UGX") for line in added.lines)


def test_a_users_currency_stays_when_an_image_is_added(tmp_path):
    image = write_geotiff(tmp_path / "drone.tif")
    chosen = ProjectInfo(currency="USD", currency_source="user")
    added = add_raster_layer(Document(chosen), image, tmp_path / "site.jamii")
    assert added.project.currency == "USD"
    assert any("whose currency is UGX; the project keeps USD" in line for line in added.lines)
