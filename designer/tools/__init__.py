"""designer/tools."""
