"""Stage 4b, export: the built dataset in any RDF format, or as shards for a bulk loader."""
