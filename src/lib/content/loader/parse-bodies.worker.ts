/**
 * One parsing worker of parse-bodies.ts: parses (and, when the job says so,
 * renders) the bodies it is given (workerData: a {@link ParseJob}) and
 * answers with one {@link ParsedBody} a body, in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseHere, type ParseJob } from './parse-bodies.ts';

parentPort!.postMessage(await parseHere(workerData as ParseJob));
