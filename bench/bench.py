"""Benchmark sitecheck: cold start against a peer linter, throughput, and peak memory.

Run by hand (never in CI):  python bench/bench.py [--runs 11] [--skip-peer] [--documents]

1. A cold ``sitecheck check samples/peru-2023-08.md`` as a whole process, median of several runs,
   next to proselint run the same way on the same file. Both are installed by this script into
   a fresh virtual environment under bench/.venv, sitecheck as a regular (not editable) install,
   so that neither gets an advantage from the developer's environment.
2. In-process throughput of sitecheck.check_text on 100 KB, 1 MB and 10 MB of report text (the
   samples repeated), in MB/s, and whether the time per MB stays flat.
3. Peak memory (maximum resident set size) of a process that checks the 10 MB text.
4. With ``--hostile`` (or ``--hostile-only``): hostile shapes that sitecheck accepts (long lines of
   TODO, of-whom clauses, figures, brackets, empty links and roster names; a big roster; many
   footnotes; a wide table), each checked in a fresh process, with its time and peak memory.
5. With ``--documents`` (or ``--documents-only``): a 30-page Word report and a 50-page PDF, each
   checked in a fresh process of this interpreter (bench/documents.py; needs the test extra).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / "bench" / ".venv"
SAMPLE = ROOT / "samples" / "peru-2023-08.md"
SIZES = (100_000, 1_000_000, 10_000_000)


def _bin(name: str) -> Path:
    return VENV / ("Scripts" if os.name == "nt" else "bin") / name


def prepare(skip_peer: bool) -> None:
    if not _bin("python").exists():
        print(f"creating {VENV} …", flush=True)
        venv.create(VENV, with_pip=True)
    pip = [str(_bin("python")), "-m", "pip", "install", "--quiet"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "--force-reinstall", "--no-deps", str(ROOT)], check=True)
    subprocess.run([*pip, str(ROOT)], check=True)  # sitecheck's dependencies
    if not skip_peer:
        subprocess.run([*pip, "proselint"], check=True)


def cold(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report_text(size: int) -> str:
    samples = sorted((ROOT / "samples").glob("*.md"))
    texts = "\n\n".join(p.read_text(encoding="utf-8") for p in samples)
    return ((texts + "\n\n") * (size // len(texts) + 1))[:size]


def throughput() -> None:
    """Run inside the benchmark environment: time check_text on growing inputs."""
    import sitecheck

    sitecheck.check_text(report_text(5_000))  # warm up: imports and first-use compilation
    for size in SIZES:
        text = report_text(size)
        start = time.perf_counter()
        sitecheck.check_text(text)
        dt = time.perf_counter() - start
        mb = size / 1e6
        print(f"   {mb:5.1f} MB  {dt:7.2f} s  {mb / dt:6.2f} MB/s  {dt / mb:6.2f} s per MB")


def peak() -> None:
    """Run inside the benchmark environment: the process's peak memory checking 10 MB."""
    import resource

    import sitecheck

    sitecheck.check_text(report_text(SIZES[-1]))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rss_mb = rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024
    print(f"   {rss_mb:.0f} MB maximum resident set size")


def _inner(step: str) -> None:
    subprocess.run([str(_bin("python")), __file__, "--inner", step], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11, help="cold runs per tool (median)")
    parser.add_argument("--skip-peer", action="store_true", help="do not install or run proselint")
    parser.add_argument("--no-install", action="store_true", help="reuse bench/.venv as it is")
    parser.add_argument("--hostile", action="store_true", help="also time the hostile shapes")
    parser.add_argument(
        "--hostile-only",
        action="store_true",
        help="time only the hostile shapes, with this interpreter's sitecheck",
    )
    parser.add_argument("--documents", action="store_true", help="also time Word and PDF reports")
    parser.add_argument(
        "--documents-only",
        action="store_true",
        help="time only the Word and PDF reports, with this interpreter's sitecheck",
    )
    parser.add_argument("--inner", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        if args.inner.startswith("hostile:"):
            from hostile import measure

            measure(args.inner.removeprefix("hostile:"))
            return
        {"throughput": throughput, "peak": peak}[args.inner]()
        return
    if args.hostile_only:
        hostile(sys.executable)
        return
    if args.documents_only:
        from documents import measure as documents

        documents()
        return
    if not args.no_install:
        prepare(args.skip_peer)

    print(f"\nmachine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, {platform.platform()}")
    print(f"\n1. cold check of samples/peru-2023-08.md (median of {args.runs} runs)")
    ours = cold([str(_bin("sitecheck")), "check", str(SAMPLE)], args.runs)
    ours_json = cold([str(_bin("sitecheck")), "check", "--format", "json", str(SAMPLE)], args.runs)
    print(f"   sitecheck check (text)   {ours * 1000:7.1f} ms")
    print(f"   sitecheck check (json)   {ours_json * 1000:7.1f} ms")
    if not args.skip_peer:
        peer = cold([str(_bin("proselint")), "check", str(SAMPLE)], args.runs)
        print(f"   proselint check          {peer * 1000:7.1f} ms")
        ratios = f"{ours / peer:6.2f} (text), {ours_json / peer:.2f} (json)"
        print(f"   ratio sitecheck/proselint {ratios}")

    print("\n2. in-process throughput of sitecheck.check_text")
    _inner("throughput")
    print("\n3. peak memory checking 10 MB of text")
    _inner("peak")
    if args.hostile:
        hostile(str(_bin("python")))
    if args.documents:
        from documents import measure as documents

        documents()


def hostile(python: str) -> None:
    """Section 4: each hostile shape in a fresh process (its own peak memory)."""
    from hostile import SHAPES

    print("\n4. hostile shapes: time of check_text and peak memory of the process")
    for name in SHAPES:
        proc = subprocess.run(
            [python, __file__, "--inner", f"hostile:{name}"], check=False, timeout=600
        )
        if proc.returncode:
            print(f"   {name}: exit code {proc.returncode}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main()
