"""The Overview (issue 18): the study at a glance, charts and an attribution network, each a way into the claims."""
