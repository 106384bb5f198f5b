"""costing/report."""
