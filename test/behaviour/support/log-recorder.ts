// A logger for tests: records every call (level, message, details) so tests can read what a client logged.
import type { Logger } from '../../../generated/typescript/src/index.js';

export interface LogLine {
  level: 'error' | 'warn' | 'info' | 'debug';
  message: string;
  details: unknown[];
}

export class LogRecorder implements Logger {
  readonly lines: LogLine[] = [];

  error(message: string, ...details: unknown[]): void {
    this.lines.push({ level: 'error', message, details });
  }

  warn(message: string, ...details: unknown[]): void {
    this.lines.push({ level: 'warn', message, details });
  }

  info(message: string, ...details: unknown[]): void {
    this.lines.push({ level: 'info', message, details });
  }

  debug(message: string, ...details: unknown[]): void {
    this.lines.push({ level: 'debug', message, details });
  }

  at(level: LogLine['level']): LogLine[] {
    return this.lines.filter((line) => line.level === level);
  }

  /** Everything logged, messages and details, as one string: what a log file would hold. */
  text(): string {
    return JSON.stringify(this.lines);
  }
}
