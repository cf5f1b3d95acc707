"""Drop-in replacements for components of a spaCy model: the same output, for less time.

Each is a subclass of the spaCy component it replaces, so it loads, saves and takes
patterns or tables exactly as that one does, and writes the same values on every token;
only the way it gets there is cheaper. The package's config file (``pipeline.cfg``, its
``[geonews.replace]`` section) names which of the model's components are swapped for
which factory; a spaCy config of your own can name the factories directly.
"""

from . import attribute_ruler, lemmatizer  # noqa: F401
