"""The article view: the text laid out paragraph by paragraph in its direction, highlights, find."""
