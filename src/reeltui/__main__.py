"""`python -m reeltui`: the same as the `reeltui` command."""

import sys

from reeltui.cli.start import main

sys.exit(main())
