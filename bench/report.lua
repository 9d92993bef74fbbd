-- wrk script for bench/run: sends the session cookie (BENCH_COOKIE, if set) with every request and prints
-- one machine-readable line at the end, which bench/run reads:
--   wrk-result requests=N seconds=S rps=R p50_ms=A p99_ms=B max_ms=C status_errors=N connect=N read=N write=N timeouts=N
-- status_errors are answers outside 2xx/3xx (wrk counts every status of 400 and above).
local cookie = os.getenv("BENCH_COOKIE")
if cookie ~= nil and cookie ~= "" then
  wrk.headers["Cookie"] = cookie
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "wrk-result requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f status_errors=%d connect=%d read=%d write=%d timeouts=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.status, e.connect, e.read, e.write, e.timeout))
end
