"""A fake Discord (REST + gateway) on 127.0.0.1 that says no where Discord says no.

state.py (the world and permission maths), spec.py (validation against Discord's
OpenAPI description), limits.py (the documented limits and error codes), rest*.py (the
routes Hearth calls), gateway.py (identify, shards, dispatches), server.py (the whole).
"""
