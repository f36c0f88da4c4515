// Helpers of the TypeScript template set beyond the generator's `typescript` pack: the README's task guide.
import type { ApiModel, Operation } from '../../generator/ir/types.js';
import type { Helper } from '../../generator/render/helpers/core.js';
import { TypeScriptHelpers } from '../../generator/render/helpers/typescript.js';
import { tsLiteral } from '../../generator/render/helpers/typescript-naming.js';

// How the `typescript` pack prints a file argument (see typescript-naming.ts).
const FILE_PLACEHOLDER = 'new Blob([/* file contents */])';

export default function typescriptGuideHelpers(model: ApiModel): Record<string, Helper> {
  const ts = new TypeScriptHelpers(model);
  return {
    tsGuideLiteral: (value: unknown) => tsLiteral(value),
    // An example call whose file argument reads a file from disk (Node.js).
    tsGuideCall: (op: Operation, file: unknown) =>
      ts
        .exampleCall(op)
        .split(FILE_PLACEHOLDER)
        .join(`await fs.openAsBlob(${JSON.stringify(String(file))})`),
  };
}
