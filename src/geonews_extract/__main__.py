"""``python -m geonews_extract`` is the ``geonews-extract`` command."""

import sys

from .cli import main

sys.exit(main())
