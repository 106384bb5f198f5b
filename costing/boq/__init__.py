"""costing/boq."""
