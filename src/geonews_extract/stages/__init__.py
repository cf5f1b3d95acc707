"""Pipeline stages, one module each; importing this package registers their factories.

Which stages a pipeline has, in which order and with which settings, is said by the
package's spaCy config file ``geonews_extract/pipeline.cfg`` (see `pipeline`).
"""

from . import aliases, dates, geocode, line_breaks, ner, quotes  # noqa: F401
