// Timing helpers shared by the Node benchmarks: repeat under a budget, and
// summarise as median / p95 / min (medians: the machine is shared and noisy).
import { performance } from 'node:perf_hooks';

/** Runs `fn` at least `min` and at most `max` times, stopping once `budgetMs` is spent. */
export function timeRepeatedly(fn, { min, max, budgetMs }) {
  const times = [];
  let spent = 0;
  while (times.length < max && (times.length < min || spent < budgetMs)) {
    const start = performance.now();
    fn();
    const elapsed = performance.now() - start;
    times.push(elapsed);
    spent += elapsed;
  }
  return times;
}

/** The value at `fraction` (0..1) of the sorted samples, nearest rank. */
export function percentile(samples, fraction) {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.round(fraction * (sorted.length - 1)));
  return sorted[index];
}

export function summarize(samples) {
  return {
    runs: samples.length,
    median_ms: percentile(samples, 0.5),
    p95_ms: percentile(samples, 0.95),
    min_ms: Math.min(...samples),
  };
}

/**
 * The projected time of one run on `nextBytes`, from the medians measured so
 * far on smaller inputs ([{bytes, median_ms}], in increasing size). Growth is
 * taken as the worse of linear and the exponent seen between the last two
 * sizes, so a quadratic engine is caught before it eats the whole budget.
 */
export function projectedMs(measured, nextBytes) {
  if (measured.length === 0) return 0;
  const last = measured[measured.length - 1];
  let exponent = 1;
  if (measured.length >= 2) {
    const previous = measured[measured.length - 2];
    const seen = Math.log(last.median_ms / previous.median_ms) / Math.log(last.bytes / previous.bytes);
    if (Number.isFinite(seen)) exponent = Math.max(1, seen);
  }
  return last.median_ms * (nextBytes / last.bytes) ** exponent;
}
