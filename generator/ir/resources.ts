// Groups operations into the resource tree the client exposes (`client.agents.metrics.list()`), keeping
// method and sub-resource names unique at each level.
import { problem, specName, type Problem } from '../errors.js';
import { joinPointer } from '../load/json-pointer.js';
import { isRef, type SpecSource } from '../load/load-spec.js';
import { NameAllocator, typeIdentifier } from './names.js';
import { isRecord, type SchemaRegistry } from './schemas.js';
import type { Channel, Operation, Resource } from './types.js';

export interface ResourceTree {
  /** Operations that sit on the client itself (no resource path). */
  rootOperations: Operation[];
  resources: Resource[];
}

export function buildResourceTree(
  operations: Operation[],
  channels: Channel[],
  source: SpecSource,
  schemas: SchemaRegistry,
  problems: Problem[],
): ResourceTree {
  const root: Resource = { name: '', path: [], typeName: '', operations: [], channels: [], resources: [] };
  const tagDescriptions = tagDescriptionsOf(source);
  const find = (path: string[]): Resource => {
    let node = root;
    for (const [depth, segment] of path.entries()) {
      let child = node.resources.find((r) => r.name === segment);
      if (!child) {
        const childPath = path.slice(0, depth + 1);
        const description = depth === 0 ? tagDescriptions.get(segment.toLowerCase()) : undefined;
        child = {
          name: segment,
          path: childPath,
          typeName: '',
          ...(description ? { description } : {}),
          operations: [],
          channels: [],
          resources: [],
        };
        node.resources.push(child);
      }
      node = child;
    }
    return node;
  };
  for (const op of operations) find(op.resourcePath).operations.push(op);
  for (const channel of channels) find(channel.resourcePath).channels.push(channel);
  dedupeMembers(root, problems, source);
  assignTypeNames(root.resources, schemas);
  return { rootOperations: root.operations, resources: root.resources };
}

/**
 * A member named `then` makes its object thenable: `await client.voices` (or returning a resource from an
 * async function) would call it as a promise's `then`. Such members are renamed in every language.
 */
const THENABLE = 'then';

/** Method names must be unique per resource, must not shadow a sub-resource, and must not be `then`. */
function dedupeMembers(resource: Resource, problems: Problem[], source: SpecSource): void {
  renameThenableResources(resource, problems, source);
  const names = new NameAllocator([...resource.resources.map((r) => r.name), THENABLE]);
  for (const op of resource.operations) {
    const wanted = op.name;
    op.name = names.allocate(wanted);
    if (wanted === THENABLE) {
      problems.push(
        problem(
          'thenable-name',
          `a method named "then" would make ${resource.path.join('.') || 'the client'} thenable (\`await\` would call it); ${op.method} ${op.path} becomes "${op.name}"`,
          'give the operation another operationId (a dotted id such as `jobs.run` picks the exact name)',
          source.locateNode(undefined, joinPointer('/paths', op.path, op.method.toLowerCase())),
          'warning',
        ),
      );
    } else if (op.name !== wanted) {
      const where = [...resource.path, wanted].join('.') || wanted;
      const pointer = joinPointer('/paths', op.path, op.method.toLowerCase());
      // Names derived from an operation written in another file (a $ref'd path item) are not shown.
      const paths = isRecord(source.root.paths) ? source.root.paths : {};
      const shown = isRef(paths[op.path]) ? (_: string) => '' : specName;
      problems.push(
        problem(
          'name-collision',
          `two members of the client would both be called${shown(where)}; operation ${op.method}${specName(op.path)} is renamed${shown(op.name)}`,
          'give the operations distinct operationIds (a dotted id such as `voices.list` picks the exact name)',
          source.locateNode(undefined, pointer),
          'warning',
        ),
      );
    }
  }
  for (const channel of resource.channels) {
    const wanted = channel.name;
    channel.name = names.allocate(wanted);
    if (channel.name !== wanted) {
      problems.push(
        problem(
          'name-collision',
          `channel${specName(channel.id)} would share the name${specName(wanted)} with another member; it is renamed${specName(channel.name)}`,
          'pick another channel name in x-websockets',
          source.locateNode(undefined, joinPointer('/x-websockets', channel.id)),
          'warning',
        ),
      );
    }
  }
  for (const child of resource.resources) dedupeMembers(child, problems, source);
}

/** A sub-resource named `then` is renamed like a method would be (see THENABLE). */
function renameThenableResources(resource: Resource, problems: Problem[], source: SpecSource): void {
  const child = resource.resources.find((r) => r.name === THENABLE);
  if (!child) return;
  const names = new NameAllocator(resource.resources.map((r) => r.name));
  const renamed = names.allocate(THENABLE);
  child.name = renamed;
  const rename = (node: Resource): void => {
    node.path[resource.path.length] = renamed;
    for (const op of node.operations) op.resourcePath[resource.path.length] = renamed;
    for (const channel of node.channels) channel.resourcePath[resource.path.length] = renamed;
    node.resources.forEach(rename);
  };
  rename(child);
  const first = firstOperation(child);
  problems.push(
    problem(
      'thenable-name',
      `a resource named "then" would make ${resource.path.join('.') || 'the client'} thenable (\`await\` would call it); it becomes "${renamed}"`,
      'give its operations operationIds with another first segment',
      first && source.locateNode(undefined, joinPointer('/paths', first.path, first.method.toLowerCase())),
      'warning',
    ),
  );
}

function firstOperation(resource: Resource): Operation | undefined {
  return resource.operations[0] ?? resource.resources.map(firstOperation).find((op) => op !== undefined);
}

function assignTypeNames(resources: Resource[], schemas: SchemaRegistry): void {
  for (const resource of resources) {
    resource.typeName = schemas.reserveTypeName(typeIdentifier(resource.path.join(' ')));
    assignTypeNames(resource.resources, schemas);
  }
}

function tagDescriptionsOf(source: SpecSource): Map<string, string> {
  const map = new Map<string, string>();
  const tags = Array.isArray(source.root.tags) ? source.root.tags : [];
  for (const tag of tags) {
    if (isRecord(tag) && typeof tag.name === 'string' && typeof tag.description === 'string') {
      map.set(tag.name.toLowerCase(), tag.description);
      map.set(tag.name.replace(/[^A-Za-z0-9]/g, '').toLowerCase(), tag.description);
    }
  }
  return map;
}
