"""Throughput and latency of the status endpoint under concurrent load, on loopback.

For each database (SQLite, and PostgreSQL when reachable) the benchmark loads the bundled
data into a fresh database, starts `nwfz serve` (granian, WSGI), and drives
GET /api/instruments/canwfz/status?on=… with CONCURRENCY keep-alive clients for SECONDS.
In the same run it starts a bare ASGI app (bench/bare_status_app.py) under granian that
answers the same question straight from sqlite3 with the same rules: the floor of what
Python can do here. It prints requests/s, p50 and p99 latency, and the ratios.

    python bench/api.py [--seconds 10] [--concurrency 16] [--workers 2] [--no-postgres]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PYTHON = sys.executable
NWFZ = str(Path(PYTHON).parent / "nwfz")
PG_URL = os.environ.get("NWFZ_BENCH_PG", "postgres://postgres@127.0.0.1:5432/nwfz_bench")
DATES = [f"{year}-06-01" for year in range(2005, 2027)]
PATHS = [f"/api/instruments/canwfz/status?on={d}" for d in DATES]
# every request a different date: each one misses the cache and computes the table
MISS_PATHS = [
    f"/api/instruments/canwfz/status?on={y}-{m:02d}-{d:02d}"
    for y in range(1990, 2030)
    for m in range(1, 13)
    for d in range(1, 29)
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(port: int, path: str, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"server on port {port} did not answer {path} within {timeout}s")


def drive(port: int, seconds: float, concurrency: int, paths: list[str]) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("\n".join(paths))
    try:
        out = subprocess.run(
            [
                PYTHON,
                str(HERE / "loadgen.py"),
                "127.0.0.1",
                str(port),
                str(concurrency),
                str(seconds),
                "@" + f.name,
            ],
            capture_output=True,
            text=True,
            timeout=seconds + 60,
            check=True,
        )
    finally:
        os.unlink(f.name)
    return json.loads(out.stdout)


def serve_and_measure(
    cmd: list[str], env: dict, args, check_path: str, paths: list[str] = PATHS
) -> dict:
    port = free_port()
    cmd = [c.replace("{port}", str(port)) for c in cmd]
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT
    )
    try:
        wait_until_up(port, check_path)
        return drive(port, args.seconds, args.concurrency, paths)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def nwfz_env(home: Path, db_url: str | None) -> dict:
    env = dict(os.environ, NWFZ_HOME=str(home), DJANGO_SETTINGS_MODULE="nwfz.settings")
    env.pop("NWFZ_DATABASE_URL", None)
    if db_url:
        env["NWFZ_DATABASE_URL"] = db_url
    return env


def load(env: dict) -> None:
    subprocess.run([NWFZ, "load", "--json"], env=env, check=True, capture_output=True, cwd=ROOT)


def postgres_ready() -> bool:
    try:
        subprocess.run(
            [
                "psql",
                "postgres://postgres@127.0.0.1:5432/postgres",
                "-qc",
                "DROP DATABASE IF EXISTS nwfz_bench",
            ],
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [
                "psql",
                "postgres://postgres@127.0.0.1:5432/postgres",
                "-qc",
                "CREATE DATABASE nwfz_bench",
            ],
            check=True,
            capture_output=True,
        )
        return True
    except (OSError, subprocess.CalledProcessError):
        return False


def line(name: str, r: dict) -> str:
    return (
        f"{name:<34} {r['rps']:>9.1f} req/s   p50 {r['p50_ms']:>6.2f} ms   "
        f"p99 {r['p99_ms']:>6.2f} ms   ({r['requests']} requests, {r['errors']} errors)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=1, help="blocking threads per worker")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()

    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="nwfz-bench-") as tmp:
        home = Path(tmp)
        sqlite_env = nwfz_env(home, None)
        load(sqlite_env)
        serve = [
            NWFZ,
            "serve",
            "--port",
            "{port}",
            "--workers",
            str(args.workers),
            "--threads",
            str(args.threads),
        ]
        results["nwfz (Django, SQLite)"] = serve_and_measure(serve, sqlite_env, args, PATHS[0])
        results["nwfz (Django, SQLite), all misses"] = serve_and_measure(
            serve, sqlite_env, args, PATHS[0], MISS_PATHS
        )

        bare_env = dict(
            sqlite_env, NWFZ_BARE_DB=str(home / "nwfz.sqlite3"), PYTHONPATH=f"{HERE}:{ROOT / 'src'}"
        )
        bare = [
            PYTHON,
            "-m",
            "granian",
            "--interface",
            "asgi",
            "--host",
            "127.0.0.1",
            "--port",
            "{port}",
            "--workers",
            str(args.workers),
            "--log-level",
            "warning",
            "bare_status_app:app",
        ]
        results["bare ASGI + sqlite3 (floor)"] = serve_and_measure(bare, bare_env, args, PATHS[0])

        if not args.no_postgres and postgres_ready():
            pg_env = nwfz_env(home, PG_URL)
            load(pg_env)
            results["nwfz (Django, PostgreSQL)"] = serve_and_measure(serve, pg_env, args, PATHS[0])
        else:
            print("PostgreSQL not reachable: skipped", file=sys.stderr)

    print(
        "22 dates in rotation (answers cached after the first request per date and worker);"
        " 'all misses' asks a new date every time, so every answer is computed"
    )
    print(
        f"status endpoint, {args.concurrency} concurrent clients, {args.seconds:.0f} s each, "
        f"{args.workers} server workers, {os.cpu_count()} cores (client shares them)"
    )
    for name, r in results.items():
        print(line(name, r))
    floor = results["bare ASGI + sqlite3 (floor)"]["rps"]
    for name, r in results.items():
        if name.startswith("nwfz"):
            ratio = r["rps"] / floor if floor else 0
            verdict = "meets" if ratio >= 0.5 and r["p99_ms"] < 25 else "misses"
            print(
                f"{name}: {ratio:.2f} of the floor's throughput, p99 {r['p99_ms']:.1f} ms "
                f"— {verdict} the target (>= 0.50, p99 < 25 ms)"
            )
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
