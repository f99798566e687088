"""Data packages: YAML files of curated, sourced facts, validated then loaded.

`reading` parses files and keeps line numbers; `fields` holds the shared value types;
`sections` is the interface each Django app implements for the top-level keys it owns;
`checking` validates a set of packages; `loading` writes them in one transaction.
"""
