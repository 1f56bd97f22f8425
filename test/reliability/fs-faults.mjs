// Preloaded into the CLI under test with `node --import` (never in normal runs): slows or breaks the
// output writes so that a test can interrupt or fail a run at a known point.
//   EHALSA_TEST_SLOW_WRITE_MS  each fs/promises writeFile waits this long first (staging the report)
//   EHALSA_TEST_SLOW_SWAP_MS   after the previous report is renamed away (.<year>.old-*), wait this
//                              long before the new one is renamed into place
//   EHALSA_TEST_FAIL_WRITE     writing a file whose name ends so fails with ENOSPC (disk full)
//   EHALSA_TEST_UNREADABLE     comma-separated path endings: reading such a file or listing such a
//                              folder fails with EACCES (what chmod 000 does, even for root)
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';

const writeMs = Number(process.env.EHALSA_TEST_SLOW_WRITE_MS ?? 0);
const swapMs = Number(process.env.EHALSA_TEST_SLOW_SWAP_MS ?? 0);
const failWrite = process.env.EHALSA_TEST_FAIL_WRITE ?? '';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const unreadable = (process.env.EHALSA_TEST_UNREADABLE ?? '').split(',').filter(Boolean);
const { writeFile, rename, readFile, readdir } = fsp;
const denied = (path, syscall) => {
  if (!unreadable.some((end) => String(path).endsWith(end))) return null;
  return Object.assign(new Error(`EACCES: permission denied, ${syscall} '${String(path)}'`), { code: 'EACCES', errno: -13, syscall, path: String(path) });
};

fsp.writeFile = async (path, ...rest) => {
  if (writeMs > 0) await sleep(writeMs);
  if (failWrite && String(path).endsWith(failWrite)) {
    throw Object.assign(new Error(`ENOSPC: no space left on device, write '${String(path)}'`), { code: 'ENOSPC', errno: -28, syscall: 'write', path: String(path) });
  }
  return writeFile(path, ...rest);
};
fsp.rename = async (from, to, ...rest) => {
  const result = await rename(from, to, ...rest);
  if (swapMs > 0 && /\.\d{4}\.old-/.test(String(to))) await sleep(swapMs);
  return result;
};
fsp.readFile = async (path, ...rest) => {
  const err = denied(path, 'open');
  if (err) throw err;
  return readFile(path, ...rest);
};
fsp.readdir = async (path, ...rest) => {
  const err = denied(path, 'scandir');
  if (err) throw err;
  return readdir(path, ...rest);
};
syncBuiltinESMExports();
