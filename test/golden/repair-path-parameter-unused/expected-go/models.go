// Code generated from spec.yaml (Unused Path Parameter Repair API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package unusedpathparameterrepairapi
