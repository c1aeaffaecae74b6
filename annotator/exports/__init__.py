"""Exports of a project's claims: the Excel workbook, CSV, and the rows and columns they share."""
