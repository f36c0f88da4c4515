// What a template set's helpers module may import from the generator, as `openapi-client-generator/helpers`
// (resolved to this file when the module is bundled, and by tsconfig.json and vitest.config.ts for type checks and
// tests): the IR's types, naming primitives, and the language-neutral helpers every set needs (runtime descriptors,
// example values, the README task guide). A set imports nothing else from the generator, so it can live in any folder.
export type * from '../../ir/types.js';
export { camelCase, kebabCase, memberIdentifier, NameAllocator, pascalCase, snakeCase, typeIdentifier, words } from '../../ir/names.js';
export { COMPONENT_PREFIX } from '../../ir/schemas.js';
export { isBinarySchema } from '../../ir/payloads.js';
export { allChannels, allOperations, allResources, namedParameters, type Helper } from './core.js';
export { channelDescriptor, clientConfig, declaredFieldEncodings, operationDescriptor, type KeyStyle } from './runtime-data.js';
export { BINARY_EXAMPLE, ExampleBuilder } from './examples.js';
export { Guide, guideFileName, type ContextGuide } from './guide.js';
