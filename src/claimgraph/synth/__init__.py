"""A deterministic synthetic corpus in the annotation format, for benchmarks and scale tests."""
