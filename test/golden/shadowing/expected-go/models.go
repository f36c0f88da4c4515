// Code generated from spec.yaml (Shadowing API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package shadowingapi
