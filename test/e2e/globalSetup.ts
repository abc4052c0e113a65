/**
 * Before the e2e run: the CLI bundled once, so each test's `agora serve` starts from it in
 * ~1 s instead of compiling the sources on the fly (~2.5 s, and a core's worth of CPU while
 * another test's browser is busy). Built every run, so it is never older than the sources.
 */
import { buildCli } from '../../scripts/build-electron.ts';

export default async function globalSetup(): Promise<void> {
  await buildCli();
}
