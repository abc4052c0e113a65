import { defineConfig } from 'vitest/config';

const reportDir = process.env.AGORA_REPORT_DIR;

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'scripts/**/*.test.ts', 'shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    // scripts/test-all.ts reads this file to print the one summary line CI counts.
    reporters: reportDir ? ['default', ['json', { outputFile: `${reportDir}/vitest.json` }]] : ['default'],
  },
});
