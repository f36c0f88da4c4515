// Import statements of generated modules: which runtime module exports what, and blocks grouped as isort would.

export interface ImportSet {
  typing?: string[];
  typingExtensions?: string[];
  builtins?: boolean;
  /** Standard-library modules imported whole (`import logging`). */
  stdlib?: string[];
  runtime?: { module: string; names: string[] }[];
  /** Relative module prefix of the runtime (`..` in resources/, `.` at the package root). */
  prefix?: string;
  models?: string[];
  /** Import the models for the type checker only: models.py (and pydantic) load when a response is first parsed. */
  typeOnlyModels?: boolean;
  files?: boolean;
  /** More third-party imports, and local ones before and after the models'. */
  thirdParty?: string[];
  local?: string[];
  after?: string[];
}

/** Import statements, grouped as isort would: standard library, third party, then the package's own modules. */
export function importBlock(imports: ImportSet): string {
  const groups: string[][] = [[], [], []];
  if (imports.builtins) groups[0]!.push('import builtins');
  for (const module of imports.stdlib ?? []) groups[0]!.push(`import ${module}`);
  if (imports.typing?.length) groups[0]!.push(`from typing import ${imports.typing.join(', ')}`);
  groups[1]!.push(...(imports.thirdParty ?? []));
  if (imports.typingExtensions?.length) groups[1]!.push(`from typing_extensions import ${imports.typingExtensions.join(', ')}`);
  const prefix = imports.prefix ?? '..';
  if (imports.files) groups[2]!.push(`from ${prefix}_core._files import FileTypes`);
  for (const { module, names } of imports.runtime ?? []) groups[2]!.push(`from ${prefix}_core.${module} import ${names.join(', ')}`);
  groups[2]!.push(...(imports.local ?? []));
  const models = imports.models?.length ? `from ${prefix}models import (\n${imports.models.map((m) => `    ${m},`).join('\n')}\n)` : '';
  if (models && !imports.typeOnlyModels) groups[2]!.push(models);
  groups[2]!.push(...(imports.after ?? []));
  if (models && imports.typeOnlyModels) groups.push([`if TYPE_CHECKING:\n${models.replace(/^/gm, '    ')}`]);
  return groups
    .filter((g) => g.length > 0)
    .map((g) => g.join('\n'))
    .join('\n\n');
}

/** Runtime modules and the names generated modules may import from them. */
export const RUNTIME_IMPORTS: [string, string[]][] = [
  ['_async_client', ['AsyncAPIClient', 'AsyncAPIResource']],
  ['_async_session', ['AsyncChannelConnection', 'AsyncContextSession', 'AsyncSocketContext', 'AsyncSocketSession']],
  ['_binary', ['AsyncBinaryResponse', 'BinaryResponse']],
  ['_files', ['FileTypes']],
  ['_pagination', ['AsyncPager', 'SyncPage']],
  ['_spec', ['channel_spec', 'client_config', 'operation_spec']],
  ['_streaming', ['AsyncEventStream', 'EventStream']],
  ['_sync_client', ['SyncAPIClient', 'SyncAPIResource']],
  ['_sync_session', ['ContextSession', 'SocketContext', 'SocketSession']],
  ['_types', ['ChannelOptions', 'NOT_GIVEN', 'NotGiven', 'RequestOptions']],
];
