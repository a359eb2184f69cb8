"""Stage 1, the corpus: the registry, the vocabularies, article texts and annotations, read, checked and
anchored (every quote located in its text).
"""
