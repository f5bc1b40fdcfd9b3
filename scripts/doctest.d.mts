// Types of scripts/doctest.mjs for the TypeScript tests that use it.
export declare const root: string;
export declare const RUNNABLE_LANGS: Set<string>;

export interface Block {
  lang: string;
  info: string;
  attrs: Record<string, string>;
  flags: Set<string>;
  indent: string;
  /** 0-based line of the opening fence. */
  open: number;
  /** 0-based line of the closing fence. */
  close: number;
  body: string[];
}
export interface Replacement {
  from: number;
  to: number;
  lines: string[];
}
export interface UnitResult {
  actual: string;
  failed?: boolean;
  replaces: Replacement[];
}
export interface Unit {
  file: string;
  line: number;
  kind: string;
  /** Seconds the block may run. */
  timeout: number;
  expected: string;
  run(): Promise<UnitResult>;
}

export declare function defaultPages(): string[];
export declare function parseBlocks(text: string): { lines: string[]; blocks: Block[] };
export declare function shape(text: string, options?: { width?: number; head?: number }): string;
export declare function collect(file: string): { file: string; units: Unit[]; problems: string[] };
export declare function agrees(unit: Unit, result: UnitResult): boolean;
export declare function update(file: string, results: UnitResult[]): boolean;
export declare function runAll(units: Unit[], concurrency?: number): Promise<UnitResult[]>;

interface Runner {
  describe: (name: string, body: () => void) => void;
  it: { (name: string, body: () => unknown): void; concurrent: (name: string, body: () => Promise<unknown>, timeout?: number) => void };
  expect: (value: unknown, message?: string) => { toBe(expected: unknown): void; toEqual(expected: unknown): void };
  afterAll: (body: () => unknown) => void;
}
export declare function defineDocTests(file: string, runner: Runner, options?: { updating?: boolean }): { units: Unit[]; problems: string[] };
