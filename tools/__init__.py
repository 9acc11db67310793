"""Development scripts run by the Makefile: dependency groups, reproducible sdists, the changelog."""
