"""designer/analysis."""
