#!/usr/bin/env python3
"""Submission load for outage.sh: W workers POST submissions in a loop until the stop file appears,
logging one line per request: start-epoch elapsed-s status content-type. A request that gets no
answer within the timeout is logged with status 0 (a hang). Standard library only."""
import http.client
import sys
import threading
import time
import os

port, tokens_file, body_file, log_file, stop_file = sys.argv[1:6]
timeout = float(sys.argv[6]) if len(sys.argv) > 6 else 15.0
path = "/api/v1/tutorials/single-node-key-value-core/submissions"
tokens = [t.strip() for t in open(tokens_file) if t.strip()]
body = open(body_file, "rb").read()
lock = threading.Lock()
out = open(log_file, "a", buffering=1)


def worker(token):
    while not os.path.exists(stop_file):
        t0 = time.time()
        status, ctype = 0, "-"
        try:
            c = http.client.HTTPConnection("127.0.0.1", int(port), timeout=timeout)
            c.request("POST", path, body, {"Content-Type": "application/json",
                                           "Authorization": "Bearer " + token})
            r = c.getresponse()
            r.read()
            status, ctype = r.status, (r.getheader("Content-Type") or "-").split(";")[0]
            c.close()
        except Exception as e:  # a timeout or a reset: the line says so
            ctype = type(e).__name__
        with lock:
            out.write(f"{t0:.3f} {time.time() - t0:.3f} {status} {ctype}\n")
        if status != 201:
            time.sleep(0.05)


threads = [threading.Thread(target=worker, args=(tokens[i % len(tokens)],)) for i in range(int(sys.argv[7]) if len(sys.argv) > 7 else 8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
