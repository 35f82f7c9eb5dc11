"""Retrieval-augmented generation: chunking, the vector store, retrieval and the local generator.

No Pulumi and no Triton imports at module level: the rag and generator models import these
modules inside Triton's Python backend, and `loom index` imports them in the CLI.
"""

COLLECTION = "loom_docs"
"""The Milvus collection every environment indexes into (contract prefix `loom_` + `docs`)."""

EMBEDDING_DIM = 384
