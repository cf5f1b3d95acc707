"""Places: the GeoNames gazetteer and the choice of the record a place name means in a document.

`gazetteer` loads the one shared gazetteer (``load_gazetteer()``; ``Gazetteer.knows_place``
for entity typing, ``Gazetteer.candidates`` for the readings of a name); `disambiguate`
chooses among readings with what the document says; `sources` builds the gazetteer from
the GeoNames data that installed packages ship, or from a user's GeoNames extract.
"""

from .gazetteer import Gazetteer, GazetteerRecord, load_gazetteer

__all__ = ["Gazetteer", "GazetteerRecord", "load_gazetteer"]
