// What every subcommand gets from the CLI: the process's streams and environment, injected so
// tests can run commands in-process, and a way to set the exit code.
export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean; on?(event: "error", listener: (e: Error) => void): unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  env: Record<string, string | undefined>;
}

// 130 is 128 + SIGINT, what shells report for a run stopped with Ctrl-C.
export const EXIT = { ok: 0, findings: 1, fatal: 2, interrupted: 130 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A bad flag value or argument: reported as one line, exit 2. */
export class UsageError extends Error {}

export interface CommandContext {
  io: Io;
  /** Raises the exit code (never lowers it). */
  exit(code: ExitCode): void;
}
