"""Defaults shared by the drafting service and every interface's flags (a light import for CLIs)."""

# The first draft and up to three repairs. On the embedded 1.5B model a fourth attempt turns
# a share of the drafts that still fail after three into ready ones; each costs one model call.
MAX_ATTEMPTS = 4
