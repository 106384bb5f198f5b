"""costing/db."""
