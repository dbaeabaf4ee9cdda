"""Relief Journal: symptoms charted against botulinum toxin injection cycles."""

__version__ = "0.1.0"
APP_NAME = "Relief Journal"
ORG_NAME = "Relief Journal"
ORG_DOMAIN = "relief-journal.example"
