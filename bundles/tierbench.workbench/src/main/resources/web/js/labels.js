// The label choices of the latest run: by classifier and scheme, each label with its customer count, from the
// run's label distribution (GET /runs/{id}).
import {api} from './api.js';
import {latestRun} from './runs-support.js';

/** @return [{classifier, scheme, labels: [{key, en, zh, customers}]}] of the latest run, or [] when there is none */
export async function latestLabels() {
  const run = await latestRun();
  if (!run) return [];
  const detail = await api(`/runs/${encodeURIComponent(run.id)}`);
  return (detail.distribution ?? []).map((group) => ({
    classifier: group.classifier,
    scheme: group.scheme,
    labels: (group.labels ?? []).map((entry) => ({
      key: entry.label?.key ?? entry.key,
      en: entry.label?.en ?? entry.en,
      zh: entry.label?.zh ?? entry.zh,
      customers: entry.customers ?? entry.count ?? null,
    })).filter((entry) => entry.key),
  })).filter((group) => group.classifier && group.scheme);
}
