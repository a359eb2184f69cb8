"""Stage 5, check: ROBOT-style quality checks over the ontology, data and queries (reasoners, must-return-
nothing SPARQL).
"""
