## About the language itself.

# The language's name in itself, shown in language selectors.
language-name = English
