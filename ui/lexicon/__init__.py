"""The project's own attribution words: Claim → Attribution words…"""
