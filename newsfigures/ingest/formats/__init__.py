"""Readers, one module per family of file formats: each turns one file's bytes into raw items (or rejections)."""
