-- Every request asks for the table of contents with a new "after" value: the listing cache keys on that parameter
-- and the issue page ignores it, so each request renders the whole page (the uncached cost), never a cache hit.
dofile("bench/percentiles.lua")
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", wrk.path .. "?after=" .. n)
end
