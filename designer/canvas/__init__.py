"""designer/canvas."""
