"""Interview-preparation packs: models, service functions, routes."""
