"""Ratio benchmarks: every figure is measured beside a floor taken in the same run.

Run with ``make bench``. Each ``bench_*.py`` module defines ``run() -> list[dict]``; a row is
``{"name", "value", "unit", "floor", "ratio", "target"}`` where ``ratio = value / floor`` and
``target`` says what the product promises (e.g. "≤ 2×").
"""
