"""designer/export: ExportRequest and the one exporter registry used by the CLI and the GUI."""
