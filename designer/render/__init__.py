"""Drawing export: one model walker, several backends.

``walk(doc, backend, mode=..., option_id=..., profile=...)`` (``designer.render.walker``) walks
the existing conditions, one option or all options once and emits primitives — ``Shape``
(polylines/polygons), ``Symbol`` (``JM_*`` blocks with attributes), ``Label``, ``Hatch``,
``LinearDimension`` — on layers named by the layer profile (``resources/layers/*.toml``,
``designer.render.profile``) to a backend implementing ``DrawingBackend``
(``designer.render.primitives``).

Backends so far: ``designer.render.dxf.DxfBackend`` (DXF R2013 with layouts) and
``designer.render.gis.GisBackend`` (GeoPackage / GeoJSON). A PDF plan sheet is one more class
with the same seven methods: ``begin(plan)``, ``shape``, ``symbol``, ``label``, ``hatch``,
``dimension`` and ``finish(summary)``; ``summary.extents`` and ``summary.sheets`` give what a page
layout needs, ``plan.profile.layers`` the colours and lineweights.
"""
