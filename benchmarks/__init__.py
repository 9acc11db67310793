"""`make bench`: ocpp201 timed against the other ways to decode, validate and encode OCPP 2.0.1.

Run with `python -m benchmarks [--repeat N] [--quick] [--out DIR]`; see `__main__.py`. The
results of the last full run are in RESULTS.md and results.png beside this file.
"""
