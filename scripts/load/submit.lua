-- wrk script: POST a D2 submission; thread i authenticates as learner i (tokens.txt line i).
-- Every request's source differs (a numbered comment at the end), so each one is parsed, compiled
-- and checked afresh, as a learner's next revision would be, instead of hitting the server's
-- memory of a source it has just compiled.
-- Counts status codes per thread and prints them at the end so the caller can parse "status <code> <n>".
local tokens = {}
local threads = {}
local counter = 0
local tokens_file = os.getenv("OPS_TOKENS") or "tokens.txt"
local body_file = os.getenv("OPS_BODY") or "body.json"
local path = os.getenv("OPS_PATH") or "/api/v1/tutorials/single-node-key-value-core/submissions"

function setup(thread)
  counter = counter + 1
  local i = 0
  for line in io.lines(tokens_file) do
    i = i + 1
    tokens[i] = line
  end
  thread:set("token", tokens[((counter - 1) % i) + 1])
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  local f = assert(io.open(body_file, "r"))
  local body = f:read("*a"):gsub("%s+$", "")
  f:close()
  -- body is {"source": "..."}: the comment goes inside the string, before its closing quote
  body_head = body:sub(1, -3)
  body_tail = body:sub(-2)
  headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }
  sent = 0
  codes = {}
  math.randomseed(id * 7919 + os.time())
end

-- OPS_THINK_MS: the mean time each learner (connection) waits after feedback before submitting
-- again; unset or 0 is the saturating closed loop. The waits are exponentially distributed (learners
-- act independently): a constant wait keeps the 64 learners in lock-step, so they all submit in the
-- same instant over and over and the measured tail is the length of that burst, not the server's.
local think = tonumber(os.getenv("OPS_THINK_MS") or "0")

function delay()
  if think <= 0 then return 0 end
  return math.floor(-think * math.log(1 - math.random()))
end

function request()
  sent = sent + 1
  return wrk.format("POST", path, headers, body_head .. "\\n# attempt " .. id .. "-" .. sent .. body_tail)
end

function response(status, headers, body)
  codes[status] = (codes[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    local c = t:get("codes")
    for k, v in pairs(c) do total[k] = (total[k] or 0) + v end
  end
  for k, v in pairs(total) do io.write(string.format("status %d %d\n", k, v)) end
  io.write(string.format("latency_p50_ms %.2f\n", latency:percentile(50) / 1000))
  io.write(string.format("latency_p99_ms %.2f\n", latency:percentile(99) / 1000))
  io.write(string.format("requests %d\n", summary.requests))
  io.write(string.format("errors_connect %d read %d write %d timeout %d status %d\n", summary.errors.connect,
    summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status))
end
