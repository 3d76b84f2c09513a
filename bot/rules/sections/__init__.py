"""Rule-file sections owned by one feature each, assembled into `RuleFile` in schema.py."""
