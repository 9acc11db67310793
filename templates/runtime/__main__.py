"""`python -m <package>`: the package's command line (the log validator, `_logcheck`)."""

import sys

from ._logcheck import main

if __name__ == "__main__":
    sys.exit(main())
