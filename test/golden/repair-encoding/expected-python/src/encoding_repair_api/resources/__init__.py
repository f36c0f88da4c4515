# Generated from spec.yaml (Encoding Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The API's resources, one module each: a sync class and an async class per resource."""
