"""Agreement between annotators: per-article and pooled measures, and the report built from them."""
