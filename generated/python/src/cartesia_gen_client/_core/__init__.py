"""The client's runtime core: transport, conventions, streaming and realtime sessions (copied verbatim by the generator)."""
