-- Prints p50/p95/p99 (wrk's --latency table has no p95).
function done(summary, latency, requests)
  io.write(string.format("requests %d, errors %d\n", summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
  io.write(string.format("latency p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
