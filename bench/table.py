#!/usr/bin/python3
"""Turns the outputs of bench/run.sh into a Markdown table (French, decimal comma).

Usage: /usr/bin/python3 bench/table.py OUT_DIR PROJECT...
Reads OUT_DIR/{pytorch,java,java1}-PROJECT-R.out (last line: the JSON object) and .time
(the report of /usr/bin/time -v) for every repetition R, and keeps each side's fastest
run. A missing or failed run shows as a dash.
"""
import datetime
import glob
import json
import os
import platform
import re
import subprocess
import sys

NAMES = {"calculator": "calculatrice", "mnist": "MNIST"}
DASH = "—"


def last_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            lines = [line for line in f.read().splitlines() if line.strip()]
        return json.loads(lines[-1]) if lines else None
    except (OSError, ValueError):
        return None


def peak_rss_mb(path):
    """Peak RSS of a run that succeeded (a failed run's memory says nothing)."""
    try:
        with open(path, encoding="utf-8") as f:
            report = f.read()
    except OSError:
        return None
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", report)
    succeeded = re.search(r"Exit status: 0$", report, re.MULTILINE)
    return int(match.group(1)) / 1024 if match and succeeded else None


def number(value, digits):
    return DASH if value is None else f"{value:.{digits}f}".replace(".", ",")


def test_metric(project, result):
    if result is None or "test" not in result:
        return DASH
    test = result["test"]
    if project == "calculator":
        return f"MAE {number(test.get('mae'), 3)}, R² {number(test.get('r2'), 4)}"
    return f"exactitude {number(test.get('accuracy'), 4)}"


def runs(out_dir, prefix, project):
    return sorted(glob.glob(os.path.join(out_dir, f"{prefix}-{project}-*.out")))


def side(out_dir, prefix, project):
    """(JSON result, seconds per epoch, peak RSS in MB, repetitions) of the fastest run."""
    best = (None, None, None)
    paths = runs(out_dir, prefix, project)
    for path in paths:
        result = last_json(path)
        seconds = result.get("seconds_per_epoch") if result else None
        if seconds is not None and (best[1] is None or seconds < best[1]):
            best = (result, seconds, peak_rss_mb(path[:-len(".out")] + ".time"))
    return best + (len(paths),)


def command_output(*command):
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=30)
        return (done.stdout + done.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.SubprocessError):
        return DASH


def machine_lines():
    cpu = DASH
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    load = " ".join(open("/proc/loadavg").read().split()[:3]).replace(".", ",") if os.path.exists("/proc/loadavg") else DASH
    return [
        f"Mesuré le {datetime.date.today().isoformat()} sur {cpu}, {os.cpu_count()} cœurs "
        f"(charge moyenne à la fin : {load}), {platform.system()} {platform.release()}.",
        f"Java : {command_output('java', '-version')} ; PyTorch : {torch_version()} (un thread, "
        f"OPENBLAS_NUM_THREADS=1).",
    ]


def torch_version():
    try:
        import torch
        return torch.__version__
    except ImportError:
        return DASH


def main():
    out_dir, projects = sys.argv[1], sys.argv[2:]
    rows = []
    repetitions = 0
    for project in projects:
        torch_result, torch_seconds, torch_rss, repetitions = side(out_dir, "pytorch", project)
        for prefix, label in [("java", ""), ("java1", ", Java sur 1 thread")]:
            if prefix == "java1" and not runs(out_dir, "java1", project):
                continue
            java_result, java_seconds, java_rss, _ = side(out_dir, prefix, project)
            ratio = torch_seconds / java_seconds if torch_seconds and java_seconds else None
            rows.append([
                NAMES.get(project, project) + label,
                number(torch_seconds, 3),
                number(java_seconds, 3),
                DASH if ratio is None else number(ratio, 1) + " ×",
                f"{test_metric(project, torch_result)} / {test_metric(project, java_result)}",
                f"{number(torch_rss, 0)} / {number(java_rss, 0)}",
            ])
    print("\n".join(machine_lines()))
    if repetitions > 1:
        print(f"Meilleure de {repetitions} exécutions alternées de chaque côté.")
    print()
    print("| projet | PyTorch (s/époque) | Java (s/époque) | Java plus rapide de | "
          "test (PyTorch / Java) | RSS max en Mo (PyTorch / Java) |")
    print("| --- | ---: | ---: | ---: | --- | ---: |")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
