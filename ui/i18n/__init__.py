"""The interface's languages: Qt translators, right-to-left layout, numbers, Arabic-layout keys."""
