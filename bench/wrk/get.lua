-- GET one of the paths listed in BENCH_PATHS (one per line), picked at random for every request.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")

local paths = {}

function init(args)
  paths = common.read_lines(os.getenv("BENCH_PATHS"))
  math.randomseed(os.time() + math.random(1, 1000000))
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
end

function request()
  return wrk.format("GET", paths[math.random(1, #paths)])
end

function done(summary, latency, requests)
  common.report(summary, latency)
end
