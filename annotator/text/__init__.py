"""Text helpers at the bottom of the core: offsets, direction, folding, snapping, spans, colours."""
