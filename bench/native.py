#!/usr/bin/env python3
"""Runs one command and writes {"ms", "cpu_ms", "max_rss_kib", "exit"} as JSON to RESULT.json,
the command's stdout to STDOUT.txt. Peak RSS comes from getrusage(RUSAGE_CHILDREN),
the figure `/usr/bin/time -v` prints as "Maximum resident set size"; cpu_ms is
its user + system time (all threads): on a busy machine the wall clock waits
for a core, the CPU time much less.
Usage: native.py RESULT.json STDOUT.txt CMD ARGS...
"""
import json, resource, subprocess, sys, time

result_path, stdout_path, *cmd = sys.argv[1:]
with open(stdout_path, "wb") as out:
    t0 = time.perf_counter()
    code = subprocess.run(cmd, stdout=out).returncode
    ms = (time.perf_counter() - t0) * 1000
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(result_path, "w") as f:
    json.dump({"ms": ms, "cpu_ms": (usage.ru_utime + usage.ru_stime) * 1000,
               "max_rss_kib": usage.ru_maxrss, "exit": code}, f)  # ru_maxrss: KiB on Linux
