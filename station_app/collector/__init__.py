"""The collector (Sammelstelle): receives station batches, serves the follow-up pages.

A separate deployable in the same package: it needs starlette, uvicorn and PyNaCl, never Qt
and never a station configuration.
"""
