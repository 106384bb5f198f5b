"""designer/io."""
