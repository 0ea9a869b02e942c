/**
 * One parsing worker of parallel-bodies.ts: derives the facts of each body
 * it is given (workerData, an array of bodies) and answers with them, in
 * order, null where a body could not be parsed (the pre-check reports it).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { deriveBodyFacts, type BodyFacts } from '../../../src/lib/content/body-facts.ts';

const bodies = workerData as string[];
const facts: (BodyFacts | null)[] = bodies.map((body) => {
  try {
    return deriveBodyFacts(body);
  } catch {
    return null;
  }
});
parentPort!.postMessage(facts);
