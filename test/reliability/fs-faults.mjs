// Preloaded into the CLI under test with `node --import` (never in normal runs): slows or breaks the
// output writes so that a test can interrupt or fail a run at a known point.
//   EHALSA_TEST_SLOW_WRITE_MS  each fs/promises writeFile waits this long first (staging the report)
//   EHALSA_TEST_SLOW_SWAP_MS   holding the output lock, before the swap (writing the new manifest into the
//                              staging folder), wait this long
//   EHALSA_TEST_FAIL_WRITE     writing a file whose name ends so fails with ENOSPC (disk full)
//   EHALSA_TEST_SWAP_FAULT     "<n>:kill" or "<n>:fail": the n-th rename of a staged file into the report
//                              folder (1 = the first) is followed by SIGKILL of the process, or fails with EIO
//   EHALSA_TEST_FAIL_CLEANUP   removing the swap's backup (.<year>.old-*) after the commit point fails (EIO)
//   EHALSA_TEST_UNREADABLE     comma-separated path endings: reading such a file or listing such a
//                              folder fails with EACCES (what chmod 000 does, even for root)
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';

const writeMs = Number(process.env.EHALSA_TEST_SLOW_WRITE_MS ?? 0);
const swapMs = Number(process.env.EHALSA_TEST_SLOW_SWAP_MS ?? 0);
const failWrite = process.env.EHALSA_TEST_FAIL_WRITE ?? '';
const [swapAt, swapFault] = (process.env.EHALSA_TEST_SWAP_FAULT ?? '').split(':');
const failCleanup = Boolean(process.env.EHALSA_TEST_FAIL_CLEANUP);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const fault = (code, errno, syscall, path) =>
  Object.assign(new Error(`${code}: injected fault, ${syscall} '${String(path)}'`), { code, errno, syscall, path: String(path) });
const unreadable = (process.env.EHALSA_TEST_UNREADABLE ?? '').split(',').filter(Boolean);
const denied = (path, syscall) => (unreadable.some((end) => String(path).endsWith(end)) ? fault('EACCES', -13, syscall, path) : null);
const { writeFile, readFile, readdir } = fsp;
const { renameSync, rmSync } = fs;

fsp.writeFile = async (path, ...rest) => {
  if (writeMs > 0) await sleep(writeMs);
  if (swapMs > 0 && /\.\d{4}\.tmp-[^/]+\/ehalsa-manifest\.json$/.test(String(path))) await sleep(swapMs);
  if (failWrite && String(path).endsWith(failWrite)) throw fault('ENOSPC', -28, 'write', path);
  return writeFile(path, ...rest);
};

let renames = 0;
fs.renameSync = (from, to) => {
  // A staged file going into place: from <out>/.<year>.tmp-…/<name> to <out>/<year>/<name>.
  const intoPlace = /\.\d{4}\.tmp-[^/]+\/./.test(String(from)) && !/\/\.\d{4}\./.test(String(to));
  if (intoPlace && swapFault && ++renames === Number(swapAt)) {
    if (swapFault === 'fail') throw fault('EIO', -5, 'rename', to);
    renameSync(from, to);
    process.kill(process.pid, 'SIGKILL');
  }
  return renameSync(from, to);
};

fs.rmSync = (path, ...rest) => {
  if (failCleanup && /\/\.\d{4}\.old-[^/]+$/.test(String(path))) throw fault('EIO', -5, 'rm', path);
  return rmSync(path, ...rest);
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
