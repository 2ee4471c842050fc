"""Turning requests into cases: who sent them and what they contain."""
