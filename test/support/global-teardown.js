// After the test run: removes the run's folder (see global-setup.js).
import { rmSync } from 'node:fs';

export default function globalTeardown() {
  const dir = process.env['EHALSA_TEST_RUN'];
  if (dir) rmSync(dir, { recursive: true, force: true });
}
