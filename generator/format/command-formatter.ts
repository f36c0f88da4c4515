// An external formatter named by the template set's manifest (`formatCommand`): each rendered file whose name ends
// with one of its extensions goes through the command, stdin to stdout (gofmt for Go, or rustfmt --emit stdout, ...).
import { spawn } from 'node:child_process';
import { GeneratorError, problem, type SourceLocation } from '../errors.js';
import type { RenderedFiles } from '../render/render.js';

export interface CommandFormatter {
  /** Program and arguments, e.g. `[gofmt]`; the file's text arrives on stdin, the formatted text leaves on stdout. */
  command: string[];
  /** File name endings it formats, e.g. `[.go]`. */
  extensions: string[];
  /** Where the manifest declares it, for messages. */
  location: SourceLocation;
}

/** Runs at most this many commands at once: formatters are CPU-bound, and one per core keeps the machine usable. */
const PARALLEL = 2;

export async function formatWithCommand(files: RenderedFiles, formatter: CommandFormatter): Promise<RenderedFiles> {
  const out: RenderedFiles = new Map(files);
  const todo = [...files].filter(([file, rendered]) => rendered.format === true && formatter.extensions.some((ext) => file.endsWith(ext)));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < todo.length) {
      const [file, rendered] = todo[next++]!;
      out.set(file, { ...rendered, content: await runFormatter(formatter, file, rendered.content, rendered.source) });
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, todo.length) }, worker));
  return out;
}

function runFormatter(formatter: CommandFormatter, file: string, text: string, template: string): Promise<string> {
  const [program, ...args] = formatter.command;
  const shown = formatter.command.join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(program!, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (err: NodeJS.ErrnoException) =>
      reject(
        new GeneratorError(
          problem(
            'formatter-failed',
            err.code === 'ENOENT'
              ? `the formatter \`${shown}\` was not found`
              : `the formatter \`${shown}\` could not start: ${err.message}`,
            'install it (it must be on PATH) or change `formatCommand` in manifest.yaml',
            formatter.location,
          ),
        ),
      ),
    );
    child.on('close', (code) => {
      if (code === 0) return resolve(Buffer.concat(stdout).toString('utf8'));
      // gofmt names the input `<standard input>:line:col`: name the output file instead.
      const detail = Buffer.concat(stderr)
        .toString('utf8')
        .split('\n')[0]
        ?.replace(/^<standard input>:/, '')
        .trim();
      reject(
        new GeneratorError(
          problem(
            'output-syntax',
            `the rendered ${file} was refused by \`${shown}\` (exit ${code})${detail ? `: ${detail}` : ''}`,
            'fix the template that produced it (named here)',
            { file: template },
          ),
        ),
      );
    });
    child.stdin.on('error', () => undefined); // the command may exit before reading everything; `close` reports it
    child.stdin.end(text);
  });
}
