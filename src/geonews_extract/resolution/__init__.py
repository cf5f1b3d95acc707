"""The parts of alias resolution, one module each; `stages/aliases.py` puts them together."""
