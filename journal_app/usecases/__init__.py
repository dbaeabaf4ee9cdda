"""What the command line and the window both do with a journal, in plain Python (no Qt)."""
