// How the Go client names what the conformance cases name the IR's way: the service fields and method of every
// operation, each wire name's params field, and the error type names. It asks the Go template set's own helpers
// (templates/go/helpers.ts), so the runner maps names exactly as the templates do.
import type { ApiModel } from '../../../generator/ir/types.js';
import { GoHelpers } from '../../../templates/go/helpers.js';
import { goModulePath } from '../../../templates/go/helpers/names.js';

export interface GoOperationNaming {
  /** Field names from the client to the service, e.g. `["Agents", "Metrics"]`. */
  path: string[];
  method: string;
  autoPaging?: string;
  fields: Record<string, string>;
}

export interface GoNaming {
  module: string;
  operations: Record<string, GoOperationNaming>;
  /** IR error class name → Go type name. */
  errors: Record<string, string>;
  /** Client options that carry a credential (`apiKey`, ...). */
  credentials: string[];
}

export function goNaming(model: ApiModel): GoNaming {
  const go = new GoHelpers(model);
  const operations: Record<string, GoOperationNaming> = {};
  const walk = (service: GoHelpers['root'], path: string[]): void => {
    for (const op of service.operations)
      operations[[...op.op.resourcePath, op.op.name].join('.')] = {
        path,
        method: op.method,
        ...(op.autoPaging ? { autoPaging: op.autoPaging.method } : {}),
        fields: op.fieldsByWire,
      };
    const resources = service.resource ? service.resource.resources : model.resources;
    service.children.forEach((child, i) => walk(go.services.get(resources[i]!)!, [...path, child.field]));
  };
  walk(go.root, []);
  return {
    module: goModulePath(model.client.packageName),
    operations,
    errors: Object.fromEntries([...go.errorNames].map(([c, name]) => [c.name, name])),
    credentials: model.auth.schemes.map((s) => s.option),
  };
}
