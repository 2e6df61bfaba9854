"""Small reusable widgets for dialogs and detail pages (no SQL here)."""
