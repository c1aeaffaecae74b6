"""The claims panel and form: tables over the core's claim rows, filters, editing a claim."""
