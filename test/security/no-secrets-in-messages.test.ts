// No message prints content read from a referenced file. A kubeconfig-like file full of `sk-SECRET` tokens is
// referenced as a schema, a parameter, a path item, a security scheme..., in ways that make the load, validate
// and IR stages complain; the CLI names the file, line and pointer of each problem, and never the value.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRASH, runCliBounded } from '../support/cli.js';
import { tempDir, writeTree } from '../support/paths.js';

const MARK = 'sk-SECRET';
const KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
  - name: ${MARK}-cluster
    cluster:
      server: https://${MARK}-server.example
      get: { operationId: ${MARK}-operation, responses: { '200': { description: ok } } }
  - name: ${MARK}-other
    cluster:
      get:
        operationId: listThings
        security: [{ ${MARK}-scheme-name: [] }]
        responses: { '200': { description: ok } }
users:
  - name: ${MARK}-user
    user: { token: ${MARK}-token-4f9a, name: ${MARK}-param, in: ${MARK}-in, type: ${MARK}-type, scheme: ${MARK}-scheme }
  - name: ${MARK}-second
    user: { name: ${MARK}-path-param, in: path, required: true, schema: { type: string } }
`;
const HEAD = "openapi: 3.1.0\ninfo: { title: T, version: '1' }\nservers: [{ url: 'https://api.example.com' }]\n";
const OK = "responses: { '200': { description: ok } }";
const KUBE = './kube/config.yaml';

let work: ReturnType<typeof tempDir>;

beforeAll(() => {
  work = tempDir('no-secrets-');
  writeTree(work.dir, {
    'api/kube/config.yaml': KUBECONFIG,
    'elsewhere/config.yaml': KUBECONFIG,
    'api/kube/broken-header.yaml': `A:\n  token: |${MARK}-header\n    x\n`,
    'api/kube/broken.json': `{ "A": { "token": ${MARK}-json } }\n`,
  });
});
afterAll(() => work.cleanup());

const cases: [name: string, body: string, code: string, args?: () => string[]][] = [
  ['a token as a schema', `paths: {}\ncomponents:\n  schemas:\n    A: { $ref: '${KUBE}#/users/0/user/token' }\n`, 'schema-not-object'],
  [
    'a user as a schema with an unknown type',
    `paths: {}\ncomponents:\n  schemas:\n    A: { $ref: '${KUBE}#/users/0/user' }\n`,
    'schema-type-invalid',
  ],
  [
    'a user as a parameter',
    `paths:\n  /things:\n    get:\n      parameters: [{ $ref: '${KUBE}#/users/0/user' }]\n      ${OK}\n`,
    'parameter-location-invalid',
  ],
  [
    'a user as a path parameter the path lacks',
    `paths:\n  /things:\n    get:\n      parameters: [{ $ref: '${KUBE}#/users/1/user' }]\n      ${OK}\n`,
    'path-parameter-unused',
  ],
  [
    'a cluster as two path items (a duplicate operationId)',
    `paths:\n  /a: { $ref: '${KUBE}#/clusters/0/cluster' }\n  /b: { $ref: '${KUBE}#/clusters/0/cluster' }\n`,
    'operation-id-duplicate',
  ],
  ['a cluster as a path item naming an unknown scheme', `paths:\n  /a: { $ref: '${KUBE}#/clusters/1/cluster' }\n`, 'security-unknown'],
  [
    'a user as a security scheme (a warning, the run succeeds)',
    `paths: {}\ncomponents:\n  securitySchemes:\n    key: { $ref: '${KUBE}#/users/0/user' }\n`,
    'security-unsupported',
  ],
  [
    'a pointer into the file that finds nothing',
    `paths: {}\ncomponents:\n  schemas:\n    A: { $ref: '${KUBE}#/users/9' }\n`,
    'ref-target-missing',
  ],
  [
    'a YAML file whose syntax error would quote the line',
    `paths: {}\ncomponents:\n  schemas:\n    A: { $ref: './kube/broken-header.yaml#/A' }\n`,
    'yaml-syntax',
  ],
  ['a JSON file with a syntax error', `paths: {}\ncomponents:\n  schemas:\n    A: { $ref: './kube/broken.json#/A' }\n`, 'json-syntax'],
  [
    'a file outside the folder',
    `paths: {}\ncomponents:\n  schemas:\n    A: { $ref: '../elsewhere/config.yaml#/users/0/user/token' }\n`,
    'ref-outside-root',
  ],
  [
    'a file in a folder allowed with --allow-ref-dir',
    `paths: {}\ncomponents:\n  schemas:\n    A: { $ref: '../elsewhere/config.yaml#/users/0/user/token' }\n`,
    'schema-not-object',
    () => ['--allow-ref-dir', path.join(work.dir, 'elsewhere')],
  ],
  [
    'a remote $ref with credentials in its URL',
    `paths: {}\ncomponents:\n  schemas:\n    A: { $ref: 'https://user:${MARK}-password@example.com/a.yaml' }\n`,
    'remote-ref',
  ],
];

describe('messages about referenced files', () => {
  it.each(cases)('never print the content of %s', (name, body, code, args) => {
    const spec = path.join(work.dir, 'api', `${name.replace(/\W+/g, '-')}.yaml`);
    writeTree(work.dir, { [path.relative(work.dir, spec)]: HEAD + body });
    const result = runCliBounded(['validate', '--spec', spec, ...(args?.() ?? [])]);
    // The case reaches the check it is about: its problem is reported, located with a line.
    expect(result.stderr, result.stderr).toMatch(new RegExp(`\\.(yaml|json):\\d+:\\d+( \\(#[^)]*\\))?: (error|warning)\\[${code}\\]`));
    expect(result.stderr).not.toMatch(CRASH);
    expect(result.stdout + result.stderr).not.toContain(MARK);
  });
});
