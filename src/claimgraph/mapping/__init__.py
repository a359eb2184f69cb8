"""Stage 2, mapping: a checked article (and the registry) to RDF quads."""
