"""costing/finance."""
