"""Saved job postings: models, service functions, routes."""
