"""`python -m designer` runs the `jamii` command."""

import sys

from designer.cli import main

sys.exit(main())
