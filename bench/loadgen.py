"""A small HTTP/1.1 keep-alive load generator (asyncio, raw sockets), run in its own process.

Prints one JSON line: requests, errors, seconds, rps, p50_ms, p99_ms. Used by bench/api.py so
that every server is measured by the same client under the same conditions.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import sys
import time


async def _client(host, port, paths, deadline, latencies, errors, counter):
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while time.perf_counter() < deadline:
            path = paths[next(counter) % len(paths)]
            request = f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode()
            start = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            status = int(head.split(b" ", 2)[1])
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            if length:
                await reader.readexactly(length)
            latencies.append(time.perf_counter() - start)
            if status != 200:
                errors.append(status)
    finally:
        writer.close()


async def run(host, port, paths, concurrency, seconds):
    latencies: list[float] = []
    errors: list[int] = []
    counter = itertools.count()  # shared: the measured run goes on where the warm-up stopped
    warmup_deadline = time.perf_counter() + min(2.0, seconds / 5)
    await asyncio.gather(
        *(_client(host, port, paths, warmup_deadline, [], [], counter) for _ in range(concurrency))
    )
    start = time.perf_counter()
    deadline = start + seconds
    await asyncio.gather(
        *(
            _client(host, port, paths, deadline, latencies, errors, counter)
            for _ in range(concurrency)
        )
    )
    elapsed = time.perf_counter() - start
    latencies.sort()

    def pct(p):
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000

    return {
        "requests": len(latencies),
        "errors": len(errors),
        "seconds": round(elapsed, 2),
        "rps": round(len(latencies) / elapsed, 1),
        "p50_ms": round(pct(0.50), 2),
        "p99_ms": round(pct(0.99), 2),
    }


if __name__ == "__main__":
    host, port, concurrency, seconds = (
        sys.argv[1],
        int(sys.argv[2]),
        int(sys.argv[3]),
        float(sys.argv[4]),
    )
    paths = sys.argv[5:]
    if len(paths) == 1 and paths[0].startswith("@"):  # a file with one path per line
        with open(paths[0][1:]) as f:
            paths = [line.strip() for line in f if line.strip()]
    print(json.dumps(asyncio.run(run(host, port, paths, concurrency, seconds))))
