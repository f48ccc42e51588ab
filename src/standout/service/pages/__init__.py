"""The server-rendered web page: routes by flow, Jinja2 templates, charts, CSRF and sessions."""
