"""costing/takeoff."""
