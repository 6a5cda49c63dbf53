// One `plumbline scan` of the fuzz run, in its own process: runs the built CLI with the given
// arguments and writes the process's peak memory in MB to the file named by PLUMBLINE_FUZZ_PEAK.
import { writeFileSync } from 'node:fs';

const { main } = await import('../packages/cli/dist/main.js');
await main(process.argv);
if (process.env.PLUMBLINE_FUZZ_PEAK) writeFileSync(process.env.PLUMBLINE_FUZZ_PEAK, String(process.resourceUsage().maxRSS / 1024));
