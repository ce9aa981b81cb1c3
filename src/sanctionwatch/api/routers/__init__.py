"""One APIRouter per area: matching, search, entities, catalog, health."""
