"""Use cases that span several repositories (quick log, privacy).

Qt-free; the CLI and the desktop app call the same functions.
"""
