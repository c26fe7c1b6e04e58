-- wrk script: POST one paper (a JSON file given after --) to the analyze endpoint, report latency percentiles.
-- Usage: wrk -t2 -c8 -d5m -s bench/load.lua http://127.0.0.1:5090/api/v1/analyze -- bench/data/load-paper.json

function init(args)
  local path = args[1] or "bench/data/load-paper.json"
  local f = assert(io.open(path, "rb"))
  wrk.body = f:read("*a")
  f:close()
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write("-- copywise load summary\n")
  io.write(string.format("requests: %d in %.1f s = %.0f analyses/s\n", summary.requests, seconds, summary.requests / seconds))
  io.write(string.format("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000))
  io.write(string.format("non-2xx responses: %d, socket errors: %d\n", summary.errors.status, errors))
end
