"""The Qt layer: thin windows handed their models."""
