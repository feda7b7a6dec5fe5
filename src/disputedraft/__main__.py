import sys

from disputedraft.cli import main

sys.exit(main())
