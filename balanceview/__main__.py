"""`python -m balanceview`."""

from balanceview.cli import main

raise SystemExit(main())
