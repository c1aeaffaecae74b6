"""Reading articles from files: plain text in any common encoding, saved web pages, Word documents."""
