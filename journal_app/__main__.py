"""`python -m journal_app` runs Relief Journal."""

import sys

from journal_app.app import main

sys.exit(main())
