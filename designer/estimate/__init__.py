"""designer/estimate: the one bridge from the design to the costing library."""
