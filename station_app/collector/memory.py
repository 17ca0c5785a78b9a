"""Large request bodies go back to the operating system as soon as they are done with.

glibc's allocator raises its mmap threshold each time a large block is freed, up to 32 MB,
so after the first large upload the next body-sized buffers come from the heap, where they
stay resident after use and add up with the next upload's buffers in another thread's arena.
A fixed threshold keeps every buffer above it in its own mapping: freed at once, and the
collector's memory for one upload stays the same however many came before.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys

log = logging.getLogger(__name__)

M_MMAP_THRESHOLD = -3
"""mallopt's parameter number in glibc's malloc.h."""
MMAP_THRESHOLD = 128 * 1024
"""glibc's own starting value; setting it explicitly turns the dynamic raising off."""


def map_large_buffers() -> bool:
    """Fix the allocator's mmap threshold (glibc on Linux); ``False`` where there is none."""
    if not sys.platform.startswith("linux"):
        return False
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    try:
        libc = ctypes.CDLL(name)
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # musl and others have no mallopt
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    if mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD) != 1:
        log.warning("could not fix the allocator's mmap threshold")
        return False
    return True
