"""Stage 4c, validate: SHACL validation of the build (per article or whole) or of any RDF files; reports."""
