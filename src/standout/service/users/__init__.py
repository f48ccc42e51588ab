"""Accounts, API keys and web sessions: models, service functions, routes."""
