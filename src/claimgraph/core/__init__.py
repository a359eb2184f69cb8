"""Foundations every stage shares: errors, namespaces, packaged resources, YAML with line numbers,
progress, worker processes, strict RDF reading. Imports no stage.
"""
