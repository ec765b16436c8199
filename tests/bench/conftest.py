"""Benchmarks run with ``pytest tests/bench --benchmark-enable --benchmark-json=FILE``.

In the normal test run (``--benchmark-disable``) each one runs once as a test.
"""
