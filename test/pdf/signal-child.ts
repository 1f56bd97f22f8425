// The child of signal.test.ts: opens a printer (a browser), says where it is, and waits to be
// interrupted. Runs the sources through test/support/ts-register.mjs.
import { openPrinter } from '../../src/pdf/index.js';

const printer = await openPrinter();
console.log(JSON.stringify({ pid: printer.pid, profileDir: printer.profileDir }));
setInterval(() => {}, 1000);
