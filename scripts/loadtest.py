"""Concurrent visitors against the app and against a trivial Streamlit app, measured in the same run.

    python scripts/loadtest.py [--visitors 10] [--rounds 2] [--timeout 180]

Starts `streamlit run app.py` on a free localhost port (the bundled corpus, a throw-away store) and a trivial
three-page Streamlit app written to a temporary folder, warms each up with one visitor, then drives N concurrent
visitors — each its own browser context (its own session) in Debian's chromium through Playwright — through
Overview → Compare → Timeline, `--rounds` times each. Time-to-content is measured from the start of each page load to
the page's last element being shown. Prints per app: page visits, p50/p95/max time-to-content, errors (timeouts,
failed loads, a Streamlit exception on the page) and the server's resident memory (before, peak, after); then the
p95 ratio of the app to the trivial app (issue #12's targets: 10 visitors ≤ 1.5×, 0 errors; 25 visitors 0 errors).
"""
from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]

# (page path, text of the element each page shows last) for the app and for the trivial app.
APP_PAGES = (("", re.compile(r"— \d+ figures$")), ("Compare", "Aligned figures"), ("Timeline", "Low / best / high per date"))
TRIVIAL_PAGES = (("", "trivial overview done"), ("Compare", "trivial compare done"), ("Timeline", "trivial timeline done"))
TRIVIAL = {
    "app.py": 'import streamlit as st\nst.title("Overview")\nst.write("trivial overview done")\n',
    "pages/1_Timeline.py": 'import streamlit as st\nst.title("Timeline")\nst.write("trivial timeline done")\n',
    "pages/2_Compare.py": 'import streamlit as st\nst.title("Compare")\nst.write("trivial compare done")\n',
}


def free_port() -> int:
    """A localhost port nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mib(pid: int) -> float:
    """Resident memory of a process in MiB (0 once it is gone)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    match = re.search(r"VmRSS:\s+(\d+) kB", status)
    return int(match.group(1)) / 1024 if match else 0.0


@dataclass
class Server:
    """A `streamlit run` process on a free port, with its memory sampled while it runs."""

    name: str
    script: Path
    env: dict[str, str]
    url: str = ""
    proc: subprocess.Popen | None = None
    peak: float = 0.0
    _sampling: bool = False

    def start(self, timeout: float = 120) -> None:
        """Start the server and wait until its health check answers."""
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(self.script), "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false",
             "--server.fileWatcherType", "none"],
            cwd=self.script.parent, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                if urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2).read() == b"ok":
                    return
            except OSError:
                time.sleep(0.5)
        self.stop()
        raise RuntimeError(f"{self.name}: streamlit did not answer on {self.url} within {timeout:.0f} s")

    def rss(self) -> float:
        """The server's resident memory now, in MiB."""
        return rss_mib(self.proc.pid) if self.proc else 0.0

    def sample(self) -> None:
        """Record the peak memory every 0.2 s until `stop_sampling`."""
        self._sampling, self.peak = True, self.rss()

        def run() -> None:
            while self._sampling:
                self.peak = max(self.peak, self.rss())
                time.sleep(0.2)
        threading.Thread(target=run, daemon=True).start()

    def stop_sampling(self) -> None:
        """Stop recording the peak."""
        self._sampling = False

    def stop(self) -> None:
        """Stop the server this script started."""
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()


@dataclass
class Tally:
    """Times to content (seconds) and errors of every page visit."""

    times: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


async def visit(context, base: str, pages, rounds: int, timeout_s: float, tally: Tally) -> None:
    """One visitor: each page in turn, `rounds` times, in one browser context (one session per page load)."""
    page = await context.new_page()
    for _ in range(rounds):
        for path, last in pages:
            t0 = time.perf_counter()
            try:
                await page.goto(f"{base}/{path}", wait_until="commit", timeout=timeout_s * 1000)
                await page.get_by_text(last).first.wait_for(timeout=timeout_s * 1000)
                tally.times.append(time.perf_counter() - t0)
                if await page.locator("[data-testid='stException']").count():
                    tally.errors.append(f"/{path}: a Streamlit exception on the page")
            except Exception as e:  # noqa: BLE001 - a timeout or failed load is counted, the visitor goes on
                tally.errors.append(f"/{path}: {type(e).__name__}: {str(e).splitlines()[0][:120]}")
    await page.close()


async def crowd(browser, base: str, pages, visitors: int, rounds: int, timeout_s: float) -> Tally:
    """`visitors` concurrent visitors, each in its own context."""
    tally = Tally()
    contexts = [await browser.new_context(viewport={"width": 1400, "height": 1000}) for _ in range(visitors)]
    await asyncio.gather(*(visit(c, base, pages, rounds, timeout_s, tally) for c in contexts))
    for c in contexts:
        await c.close()
    return tally


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) of the values, by linear interpolation; nan when there are none."""
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[max(0, min(98, round(q) - 1))]


async def measure(server: Server, pages, visitors: int, rounds: int, timeout_s: float) -> dict:
    """Warm the server up with one visitor, then measure the crowd and the server's memory."""
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=BROWSER_ARGS)
        warm = await crowd(browser, server.url, pages, 1, 1, timeout_s)
        before = server.rss()
        server.sample()
        t0 = time.perf_counter()
        tally = await crowd(browser, server.url, pages, visitors, rounds, timeout_s)
        wall = time.perf_counter() - t0
        server.stop_sampling()
        await browser.close()
    return {"name": server.name, "visits": len(tally.times) + len(tally.errors), "p50": percentile(tally.times, 50),
            "p95": percentile(tally.times, 95), "max": max(tally.times, default=float("nan")), "errors": tally.errors,
            "warm_errors": warm.errors, "rss_before": before, "rss_peak": server.peak, "rss_after": server.rss(),
            "wall": wall}


def report(r: dict) -> None:
    """One line per app, then its errors."""
    print(f"{r['name']:<8} visits {r['visits']:>4}  p50 {r['p50']:6.2f} s  p95 {r['p95']:6.2f} s  max {r['max']:6.2f} s  "
          f"errors {len(r['errors']):>3}  server RSS {r['rss_before']:6.0f} → peak {r['rss_peak']:6.0f} → "
          f"{r['rss_after']:6.0f} MiB  ({r['wall']:.0f} s)")
    for e in (r["warm_errors"] + r["errors"])[:10]:
        print(f"         error: {e}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--visitors", type=int, default=10, help="concurrent visitors (default 10)")
    ap.add_argument("--rounds", type=int, default=2, help="times each visitor goes through the three pages (default 2)")
    ap.add_argument("--timeout", type=float, default=180, help="seconds a page may take before it counts as an error")
    args = ap.parse_args(argv)
    if not os.path.exists(CHROMIUM):
        print("loadtest: Debian chromium is not installed (apt-get install -y chromium)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        trivial = Path(tmp) / "trivial"
        for rel, code in TRIVIAL.items():
            (trivial / rel).parent.mkdir(parents=True, exist_ok=True)
            (trivial / rel).write_text(code, encoding="utf-8")
        env = dict(os.environ, NEWSFIGURES_STORE=str(Path(tmp) / "loadtest.duckdb"))
        servers = [Server("trivial", trivial / "app.py", env), Server("app", ROOT / "app.py", env)]
        results = {}
        try:
            for server, pages in zip(servers, (TRIVIAL_PAGES, APP_PAGES)):
                server.start()
                results[server.name] = asyncio.run(measure(server, pages, args.visitors, args.rounds, args.timeout))
                server.stop()
        finally:
            for server in servers:
                server.stop()
    print(f"{args.visitors} visitors × {args.rounds} rounds × Overview → Compare → Timeline "
          f"(time to content per page load; {os.cpu_count()} CPUs)")
    for r in results.values():
        report(r)
    app, base = results["app"], results["trivial"]
    print(f"ratio app / trivial: p50 {app['p50'] / base['p50']:.2f}x, p95 {app['p95'] / base['p95']:.2f}x   "
          f"errors: app {len(app['errors'])}, trivial {len(base['errors'])}")
    return 0 if not app["errors"] else 1


if __name__ == "__main__":
    sys.exit(main())
