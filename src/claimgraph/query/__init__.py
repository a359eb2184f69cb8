"""Stage 4a, query: the packaged query catalogue, parameter binding, execution on the store or an endpoint,
result formats.
"""
