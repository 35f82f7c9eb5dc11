"""The local generative model: SmolLM2-135M-Instruct, loaded once from the installed GGUF."""
