"""The central office on the web (``/office/``): staff accounts, sessions, the audit log.

Kept free of imports here: the collector's store reads this package's schema while it is
itself being imported.
"""
