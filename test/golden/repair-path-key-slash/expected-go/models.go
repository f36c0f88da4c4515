// Code generated from spec.yaml (Path Slash Repair API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package pathslashrepairapi
