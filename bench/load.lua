-- The load benchmark's wrk script (bench/README.md). Arguments after "--": a file of requests, one per line as
-- "cookie<TAB>path<TAB>form body" (no body: GET; a body: POST), and the status every answer must have.
-- Connections take the lines in turn, so many signed-in sessions are used, not one cookie. At the end it prints one
-- RESULT line with the counts and latency percentiles (microseconds), and how many answers had another status.
local requests = {}
local expected = 200
local next_line = 0
unexpected = 0

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do
    local cookie, path, body = line:match("^([^\t]*)\t([^\t]*)\t?(.*)$")
    table.insert(requests, { cookie = cookie, path = path, body = body })
  end
  expected = tonumber(args[2])
  next_line = math.random(1, #requests)
end

function request()
  next_line = next_line % #requests + 1
  local r = requests[next_line]
  local headers = {}
  if r.cookie ~= "" then headers["Cookie"] = r.cookie end
  if r.body ~= "" then
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    return wrk.format("POST", r.path, headers, r.body)
  end
  return wrk.format("GET", r.path, headers)
end

function response(status, headers, body)
  if status ~= expected then unexpected = unexpected + 1 end
end

function done(summary, latency, requests)
  local wrong = 0
  for _, thread in ipairs(threads) do wrong = wrong + (thread:get("unexpected") or 0) end
  local errors = summary.errors
  io.write(string.format("RESULT requests=%d duration_us=%d bytes=%d p50_us=%d p95_us=%d p99_us=%d max_us=%d socket_errors=%d unexpected=%d\n",
    summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    errors.connect + errors.read + errors.write + errors.timeout, wrong))
end
