"""Receipts: the follow-up URL, its QR code, the receipt PDF and the print queue worker.

Everything here is Qt-free except ``printing.py``, the one place that talks to Qt's print
system (CUPS on Linux, the Windows spooler). The kiosk hooks in through ``ReceiptService``
(``service.py``) and the Qt bridge ``station_app.qml.receipt_bridge``.
"""
