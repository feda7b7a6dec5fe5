"""LLM backends for disputedraft."""
