"""Printed documents (受理文书) and print dispatch.

Deliberately empty of imports: reportlab and QtPdf load only when a document is
rendered or printed, so start-up of the station never pays for them.
"""
