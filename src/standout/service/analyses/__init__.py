"""Analyses of resumes: models, service functions (through the result cache), routes."""
