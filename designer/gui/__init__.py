"""designer/gui."""
