"""The ``standout`` command line: thin commands over the core."""
