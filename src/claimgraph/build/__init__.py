"""Stage 3, build: map every article, write the dataset, its description and the query store atomically;
decide when a build is stale.
"""
