-- Every request a different article page (id, then language), so the output cache never answers: cache-miss latency.
-- Each wrk thread walks its own residue class of the ids; ids come from FIRST..LAST in the environment.
local first = tonumber(os.getenv("FIRST") or "1")
local last = tonumber(os.getenv("LAST") or "10000")
local slug = os.getenv("SLUG") or "bench"
local counter = 0

function setup(thread)
  thread:set("offset", counter)
  counter = counter + 1
end

function init(args)
  n = 0
end

function request()
  -- offset comes from setup(), the thread count from THREADS; 2 URLs (en, es) per article.
  local index = offset + n * tonumber(os.getenv("THREADS") or "1")
  n = n + 1
  local id = first + math.floor(index / 2)
  if id > last then
    id = first + (index % (last - first + 1))
  end
  local prefix = (index % 2 == 1) and "/es" or ""
  return wrk.format("GET", prefix .. "/" .. slug .. "/articles/" .. id)
end

function done(summary, latency, requests)
  local distinct = (last - first + 1) * 2
  io.write(string.format("requests %d (distinct pages %d%s)\n", summary.requests, distinct,
    summary.requests > distinct and ", SOME WERE CACHE HITS: shorten the run" or ", all misses"))
  io.write(string.format("latency p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
