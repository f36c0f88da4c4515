# Generated from spec.yaml (Conventions API 3.0.0-beta.1) by openapi-client-generator. Do not edit: regenerate instead.
"""The API's resources, one module each: a sync class and an async class per resource."""
