"""Start Relief Journal: `python main.py [--journal PATH] [--read-only]` or a subcommand."""

import sys

from journal_app.app import main

if __name__ == "__main__":
    sys.exit(main())
