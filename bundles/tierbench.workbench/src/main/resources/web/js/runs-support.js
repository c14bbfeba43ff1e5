// Runs as the pages need them: the latest finished run, and starting a run then following it until it ends.
import {api, itemsOf, Problem} from './api.js';

/** @return the finished runs, newest (highest id) first */
export async function finishedRuns() {
  return itemsOf(await api('/runs')).filter((run) => run.status === 'finished')
    .sort((a, b) => Number(b.id) - Number(a.id));
}

/** @return the latest finished run, or null when there is none */
export async function latestRun() {
  return (await finishedRuns())[0] ?? null;
}

const pause = (millis) => new Promise((resolve) => setTimeout(resolve, millis));

/**
 * Starts a run as of a date (YYYY-MM-DD) and follows it until it is finished.
 * @param onProgress called with a short state: {status, runId, classifiersDone, classifiersInstalled}
 * @return the finished run (GET /runs/{id})
 * @throws Problem when the API refuses the run, or the run fails
 */
export async function startRun(asOf, onProgress = () => {}, deadlineMillis = 30 * 60 * 1000) {
  let answer = await api('/runs', {method: 'POST', body: {asOf}});
  const deadline = Date.now() + deadlineMillis;
  for (;;) {
    const request = answer.request ?? (answer.runId !== undefined || answer.failure !== undefined ? answer : null);
    if (request?.status === 'failed' || request?.failure) {
      throw new Problem({status: 500, title: 'Run failed', detail: request.failure ?? 'the run failed'});
    }
    const runId = answer.id !== undefined && answer.asOf && answer.startedAt !== undefined ? answer.id
      : request?.runId ?? null;
    onProgress({status: answer.status ?? request?.status, runId,
      classifiersDone: answer.progress?.classifiersDone, classifiersInstalled: answer.progress?.classifiersInstalled});
    if (runId !== null && answer.id === runId && answer.status === 'finished') {
      return answer;
    }
    if (Date.now() > deadline) {
      throw new Problem({status: 0, title: 'Timeout', detail: `the run as of ${asOf} did not finish in time`});
    }
    await pause(1000);
    answer = runId !== null ? await api(`/runs/${runId}`) : await api(`/runs/requests/${encodeURIComponent(request.id)}`);
  }
}

/** @return today's date as YYYY-MM-DD in the browser's time zone */
export function today() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}
