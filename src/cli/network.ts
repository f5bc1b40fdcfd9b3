/**
 * `standpoint report` and `standpoint export`: handed to the network module
 * (src/network/cli-commands.ts), loaded only when one of them is asked for.
 * A build without that module says so and exits 2.
 */
import { EXIT } from './exit-codes.js';

interface NetworkCommands {
  runReport(argv: string[]): Promise<number>;
  runExport(argv: string[]): Promise<number>;
}

async function load(): Promise<NetworkCommands | null> {
  try {
    // @ts-ignore -- the module may not exist in this build; then the import fails and the command is not available.
    return (await import('../network/cli-commands.js')) as NetworkCommands;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') return null;
    throw error;
  }
}

export async function runNetwork(command: 'report' | 'export', argv: string[]): Promise<number> {
  const commands = await load();
  const run = command === 'report' ? commands?.runReport : commands?.runExport;
  if (typeof run !== 'function') {
    process.stderr.write(`standpoint ${command}: not available in this build\n`);
    return EXIT.USAGE;
  }
  return run(argv);
}
