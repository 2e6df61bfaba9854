"""Import and export of contacts, organisations and calendar data (vCard, iCalendar, CSV, XLSX)."""
