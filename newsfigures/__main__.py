"""`python -m newsfigures`: the command line."""
import sys

from newsfigures.cli import main

sys.exit(main())
