"""Rendering results: terminal, JSON, Markdown and standalone HTML."""
