"""Matches of an analysis against a posting: models, service functions, routes."""
