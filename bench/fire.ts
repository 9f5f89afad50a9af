import autocannon from 'autocannon';

export interface Figures {
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  max_ms: number;
  requests_per_s: number;
  errors: number;
  requests: number;
  /** Bytes of one answer as sent (body and headers, compressed when the client asked for it). */
  bytes_per_answer: number;
}

/** `connections` clients fire at `url` for `seconds` (each waits for its answer before the next request). */
export async function fire(
  url: string,
  options: { connections: number; seconds: number; headers?: Record<string, string>; until?: Promise<unknown> },
): Promise<Figures> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections: options.connections, duration: options.seconds, headers: options.headers ?? {} },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
    // a scenario that ends with something else (an import): stop then
    void options.until?.finally(() => instance.stop());
  });
  return {
    p50_ms: round(percentile(latencies, 50)),
    p95_ms: round(percentile(latencies, 95)),
    p99_ms: round(percentile(latencies, 99)),
    max_ms: round(percentile(latencies, 100)),
    requests_per_s: Math.round(result.requests.total / result.duration),
    errors: result.errors + result.non2xx + result.timeouts,
    requests: result.requests.total,
    bytes_per_answer: result.requests.total ? Math.round(result.throughput.total / result.requests.total) : 0,
  };
}

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
