"""Typed results that flow through the pipeline, one module per stage."""
