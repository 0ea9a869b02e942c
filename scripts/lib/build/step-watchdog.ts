/**
 * A step of `npm run build` dies with the build. scripts/build.mjs starts
 * each step (astro build, the search index) in a process group of its own,
 * so it can stop the step whole; but a build killed with SIGKILL cannot stop
 * anything, and its steps would run on beside the next build. Node has no
 * parent-death signal, so every step is started with this module preloaded
 * (`node --import …/step-watchdog.ts`): a worker thread, which keeps running
 * while the step's main thread is busy rendering, looks at the step's parent
 * process every 200 ms and, once the build that started it is gone (the step
 * has been handed to another parent), kills the step's whole process group,
 * Pagefind's program included.
 */
import { Worker } from 'node:worker_threads';

/** The watchdog thread, as CommonJS source: it reads the build's pid from workerData. */
const WATCHDOG = `
const { workerData } = require('node:worker_threads');
setInterval(() => {
  if (process.ppid === workerData) return;
  require('node:fs').writeSync(2, '[build] the build that started this step (pid ' + workerData + ') is gone: stopping the step.\\n');
  try {
    process.kill(-process.pid, 'SIGKILL');
  } catch {
    // Not a group leader (started by hand): stop this process alone.
    process.kill(process.pid, 'SIGKILL');
  }
}, 200);
`;

// Unreferenced, so a step that finishes exits as it would without the watchdog.
new Worker(WATCHDOG, { eval: true, workerData: process.ppid }).unref();
