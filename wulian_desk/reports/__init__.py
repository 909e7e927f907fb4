"""Printed and exported documents: reportlab PDFs and openpyxl workbooks. Imported only when
something is printed, since reportlab is slow to import."""
