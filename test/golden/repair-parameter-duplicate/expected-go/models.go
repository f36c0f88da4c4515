// Code generated from spec.yaml (Parameter Duplicate Repair API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package parameterduplicaterepairapi
