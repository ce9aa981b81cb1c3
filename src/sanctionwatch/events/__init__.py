"""Events: one sanctions decision, with every report of it."""
