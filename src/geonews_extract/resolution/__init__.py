"""The parts of alias resolution, one module each; `resolver.Resolver` puts them together and `stages/aliases.py` adapts it to spaCy."""
