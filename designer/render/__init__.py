"""designer/render: the drawing walker and its backends (no Qt, no costing but its report renderers).

``walk(doc, backend, mode=..., option_id=..., profile=...)`` (``designer.render.walker``) walks
the existing conditions, one option or all options once and emits primitives — ``Shape``
(polylines/polygons), ``Symbol`` (``JM_*`` blocks with attributes), ``Label``, ``Hatch``,
``LinearDimension`` — on layers named by the layer profile (``resources/layers/*.toml``,
``designer.render.profile``) to a backend implementing ``DrawingBackend``
(``designer.render.primitives``).

Backends: ``designer.render.dxf.DxfBackend`` (DXF R2013 with layouts), ``designer.render.gis.GisBackend``
(GeoPackage / GeoJSON) and ``designer.render.plan_pdf.PlanPdfBackend`` (the plan sheet), each with the same
seven methods: ``begin(plan)``, ``shape``, ``symbol``, ``label``, ``hatch``, ``dimension`` and
``finish(summary)``. House plans (``house_plan``, ``house_dxf``) draw house types, not the site.
Exporters that write these files for the CLI and the GUI are in ``designer.export``.
"""
