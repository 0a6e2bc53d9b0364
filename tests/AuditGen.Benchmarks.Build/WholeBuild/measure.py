#!/usr/bin/env python3
"""Whole-build benchmark: AuditGen [Audit] versus hand-written [LoggerMessage] code.

For each N, creates two class-library projects with N methods (10 per partial class),
restores them once, then times full `dotnet build` runs (no build server, no incremental
build), alternating the two projects. Prints a Markdown table.

It only consumes already built AuditGen outputs (src/*/bin/Release/netstandard2.0); it
never builds the repository itself. See README.md beside this file.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

METHODS_PER_FILE = 10
DEFAULT_LOGGING_VERSION = "10.0.13"  # Microsoft.Extensions.Logging.Abstractions; in the mirror and the local cache.
TARGET_FRAMEWORK = "net10.0"  # only the .NET 10 reference pack is installed on this machine.

SCRIPT_DIR = Path(__file__).resolve().parent
REPO_ROOT = SCRIPT_DIR.parents[2]  # WholeBuild -> AuditGen.Benchmarks.Build -> tests -> repository root
RUNTIME_DLL = REPO_ROOT / "src/AuditGen/bin/Release/netstandard2.0/AuditGen.dll"
GENERATOR_DLL = REPO_ROOT / "src/AuditGen.Generators/bin/Release/netstandard2.0/AuditGen.Generators.dll"

AUDIT_GENERATOR_DIR = "AuditGen.Generators"
AUDIT_HINT_SUFFIX = ".Audit.g.cs"
LOGGER_MESSAGE_GENERATOR_DIR = "Microsoft.Extensions.Logging.Generators"

BUILD_ARGS = [
    "build", "--no-restore", "--no-incremental",
    "-p:UseSharedCompilation=false", "-c", "Release", "-nologo", "-v:q",
]


class BenchmarkError(Exception):
    """A failure that ends the run with a non-zero exit code."""


# ---------------------------------------------------------------------------------------------
# Project generation
# ---------------------------------------------------------------------------------------------

ISOLATING_PROPS = """<Project>
  <!-- Stops MSBuild's upward search so that no Directory.Build.props of an enclosing folder leaks in. -->
  <PropertyGroup>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps>
  </PropertyGroup>
</Project>
"""

ISOLATING_TARGETS = """<Project>
  <!-- Stops MSBuild's upward search for Directory.Build.targets. -->
</Project>
"""

COMMON_PROPERTIES = f"""    <TargetFramework>{TARGET_FRAMEWORK}</TargetFramework>
    <OutputType>Library</OutputType>
    <Nullable>enable</Nullable>
    <LangVersion>latest</LangVersion>
    <ImplicitUsings>disable</ImplicitUsings>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <GenerateDocumentationFile>false</GenerateDocumentationFile>
    <RootNamespace>Synthetic</RootNamespace>"""


def csproj(logging_version: str, extra_items: str = "") -> str:
    return f"""<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
{COMMON_PROPERTIES}
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.Extensions.Logging.Abstractions" Version="{logging_version}" />
{extra_items}  </ItemGroup>
</Project>
"""


def audited_csproj(logging_version: str) -> str:
    return csproj(logging_version, f'    <Reference Include="{RUNTIME_DLL}" />\n    <Analyzer Include="{GENERATOR_DLL}" />\n')


def logger_message_csproj(logging_version: str) -> str:
    return csproj(logging_version)


def file_sizes(n: int) -> list[int]:
    """Methods per file: 10 each, the last file takes the remainder."""
    sizes = [METHODS_PER_FILE] * (n // METHODS_PER_FILE)
    if n % METHODS_PER_FILE:
        sizes.append(n % METHODS_PER_FILE)
    return sizes


def file_header(f: int, *usings: str) -> list[str]:
    """The usings, the namespace and the opening of the partial class every generated file holds."""
    return [*(f"using {u};" for u in usings), "", "namespace Synthetic;", "",
            f"public sealed partial class Service{f}(ILogger logger)", "{"]


def audited_file(f: int, methods: int) -> str:
    lines = file_header(f, "AuditGen", "Microsoft.Extensions.Logging", "System.Threading.Tasks")
    for m in range(methods):
        lines.append(f'    [Audit("op_{f}_{m}")] public partial Task<int> Run{m}Async(string account, int amount, string password);')
        lines.append(f"    private Task<int> Run{m}AsyncCore(string account, int amount, string password) => Task.FromResult(amount + {m});")
        lines.append("")
    lines.append("}")
    return "\n".join(lines) + "\n"


LOG_TEMPLATE = "{Operation} {Outcome} in {DurationMs} ms (account: {account}, amount: {amount}, password: {password})"


def logger_message_file(f: int, methods: int) -> str:
    """The same public API and the same record, written by hand with Microsoft's [LoggerMessage] generator.

    Mirrors what AuditGen records: Succeeded / Canceled at Information, Failed at Error with the
    exception, duration in ms, the password redacted to "[REDACTED]", event name = operation.
    """
    lines = file_header(f, "Microsoft.Extensions.Logging", "System", "System.Diagnostics", "System.Threading.Tasks")
    lines += ['    private const string Redacted = "[REDACTED]";', ""]
    for m in range(methods):
        op = f"op_{f}_{m}"
        event_id = f * METHODS_PER_FILE + m + 1
        lines += [
            f"    public async Task<int> Run{m}Async(string account, int amount, string password)",
            "    {",
            "        long start = Stopwatch.GetTimestamp();",
            "        try",
            "        {",
            f"            int result = await Task.FromResult(amount + {m}).ConfigureAwait(false);",
            f'            LogRun{m}(logger, LogLevel.Information, "{op}", "Succeeded", Stopwatch.GetElapsedTime(start).TotalMilliseconds, account, amount, Redacted, null);',
            "            return result;",
            "        }",
            "        catch (OperationCanceledException)",
            "        {",
            f'            LogRun{m}(logger, LogLevel.Information, "{op}", "Canceled", Stopwatch.GetElapsedTime(start).TotalMilliseconds, account, amount, Redacted, null);',
            "            throw;",
            "        }",
            "        catch (Exception exception)",
            "        {",
            f'            LogRun{m}(logger, LogLevel.Error, "{op}", "Failed", Stopwatch.GetElapsedTime(start).TotalMilliseconds, account, amount, Redacted, exception);',
            "            throw;",
            "        }",
            "    }",
            "",
            f'    [LoggerMessage(EventId = {event_id}, EventName = "{op}", Message = "{LOG_TEMPLATE}")]',
            f"    private static partial void LogRun{m}(ILogger logger, LogLevel level, string operation, string outcome, double durationMs, string account, int amount, string password, Exception? exception);",
            "",
        ]
    lines.append("}")
    return "\n".join(lines) + "\n"


def logger_message_only_file(f: int, methods: int) -> str:
    """The lower bound: the same public API calling a [LoggerMessage] method once, with no timing, no try/catch and
    no async state machine. Records only successes, so it does less than the other two; it shows what the
    [LoggerMessage] generator alone costs a build."""
    lines = file_header(f, "Microsoft.Extensions.Logging", "System.Threading.Tasks")
    for m in range(methods):
        op = f"op_{f}_{m}"
        event_id = f * METHODS_PER_FILE + m + 1
        lines += [
            f"    public Task<int> Run{m}Async(string account, int amount, string password)",
            "    {",
            f'        LogRun{m}(logger, "{op}", "Succeeded", 0, account, amount, "[REDACTED]");',
            f"        return Task.FromResult(amount + {m});",
            "    }",
            "",
            f'    [LoggerMessage(EventId = {event_id}, EventName = "{op}", Level = LogLevel.Information, Message = "{LOG_TEMPLATE}")]',
            f"    private static partial void LogRun{m}(ILogger logger, string operation, string outcome, double durationMs, string account, int amount, string password);",
            "",
        ]
    lines.append("}")
    return "\n".join(lines) + "\n"


def write_project(directory: Path, name: str, csproj: str, file_text, n: int) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("Service*.cs"):
        old.unlink()
    project = directory / f"{name}.csproj"
    project.write_text(csproj, encoding="utf-8")
    for f, methods in enumerate(file_sizes(n)):
        (directory / f"Service{f}.cs").write_text(file_text(f, methods), encoding="utf-8")
    return project


# ---------------------------------------------------------------------------------------------
# Running dotnet
# ---------------------------------------------------------------------------------------------

def dotnet_env() -> dict[str, str]:
    env = dict(os.environ)
    env["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1"
    env["DOTNET_NOLOGO"] = "1"
    env["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1"
    env["MSBUILDDISABLENODEREUSE"] = "1"  # no MSBuild nodes left behind; with UseSharedCompilation=false, no compiler server either
    return env


def run_dotnet(dotnet: str, args: list[str], cwd: Path, what: str) -> float:
    """Runs dotnet and returns the wall-clock seconds; raises with the full output when it fails."""
    start = time.perf_counter()
    proc = subprocess.run([dotnet, *args], cwd=cwd, env=dotnet_env(),
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise BenchmarkError(f"{what} failed (exit {proc.returncode}) in {cwd}:\n"
                             f"$ dotnet {' '.join(args)}\n{shorten(proc.stdout)}{diagnose(proc.stdout)}")
    return elapsed


MAX_OUTPUT_LINES = 30
FAILURE_LOG = Path(tempfile.gettempdir()) / "auditgen-wholebuild-last-failure.log"


def shorten(output: str) -> str:
    """The build output without the repeated error summary MSBuild prints, cut to MAX_OUTPUT_LINES lines.

    The whole output is always written to FAILURE_LOG.
    """
    FAILURE_LOG.write_text(output, encoding="utf-8")
    seen: set[str] = set()
    lines = []
    for line in output.splitlines():
        if line.strip() and line in seen:
            continue
        seen.add(line)
        lines.append(line)
    if len(lines) > MAX_OUTPUT_LINES:
        omitted = len(lines) - MAX_OUTPUT_LINES
        lines = lines[:MAX_OUTPUT_LINES - 5] + [f"... {omitted} more line(s) ..."] + lines[-5:]
    return "\n".join(lines) + f"\n(The whole output is in {FAILURE_LOG}.)\n"


def diagnose(output: str) -> str:
    """A hint when the errors are in AuditGen's generated code."""
    if f"/generated/{AUDIT_GENERATOR_DIR}/" not in output:
        return ""
    stamp = lambda p: time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(p.stat().st_mtime)) if p.is_file() else "missing"
    return ("Hint: the errors are in code generated by AuditGen. Either the generator emits broken code, or "
            "AuditGen.dll and AuditGen.Generators.dll come from different builds "
            f"(AuditGen.dll modified {stamp(RUNTIME_DLL)}, AuditGen.Generators.dll modified {stamp(GENERATOR_DLL)}). "
            f"Rebuild with `dotnet build AuditGen.sln -c Release` in {REPO_ROOT}.\n")


# ---------------------------------------------------------------------------------------------
# Generated code
# ---------------------------------------------------------------------------------------------

def generated_files(project_dir: Path, generator_dir: str) -> list[Path]:
    """The .cs files a generator emitted (EmitCompilerGeneratedFiles), under obj/**/generated/<generator assembly>/."""
    files: list[Path] = []
    for generated in (project_dir / "obj").glob("**/generated"):
        root = generated / generator_dir
        if root.is_dir():
            files += [p for p in root.rglob("*.cs") if p.is_file()]
    return sorted(files)


def count(files: list[Path]) -> tuple[int, int]:
    lines = 0
    size = 0
    for path in files:
        data = path.read_bytes()
        size += len(data)
        lines += data.count(b"\n") + (0 if not data or data.endswith(b"\n") else 1)
    return lines, size


# ---------------------------------------------------------------------------------------------
# Benchmark
# ---------------------------------------------------------------------------------------------

def measure(n: int, root: Path, runs: int, dotnet: str, logging_version: str) -> dict:
    base = root / f"n{n}"
    audited = write_project(base / "Audited", "Audited", audited_csproj(logging_version), audited_file, n)
    manual = write_project(base / "LoggerMessage", "LoggerMessage", logger_message_csproj(logging_version), logger_message_file, n)
    minimal = write_project(base / "LoggerMessageOnly", "LoggerMessageOnly", logger_message_csproj(logging_version), logger_message_only_file, n)
    projects = {"Audited": audited, "LoggerMessage": manual, "LoggerMessageOnly": minimal}

    for name, project in projects.items():
        log(f"N={n}: restoring {name}")
        run_dotnet(dotnet, ["restore", project.name, "-nologo", "-v:q"], project.parent, f"Restore of {name} (N={n})")

    for name, project in projects.items():
        log(f"N={n}: warm-up build of {name}")
        run_dotnet(dotnet, [*BUILD_ARGS, project.name], project.parent, f"Warm-up build of {name} (N={n})")

    times: dict[str, list[float]] = {name: [] for name in projects}
    for r in range(runs):
        for name, project in projects.items():  # alternating: Audited, LoggerMessage, Audited, ...
            seconds = run_dotnet(dotnet, [*BUILD_ARGS, project.name], project.parent, f"Build of {name} (N={n}, run {r + 1})")
            times[name].append(seconds)
            log(f"N={n}: {name} run {r + 1}/{runs}: {seconds:.2f} s")

    audit_files = generated_files(audited.parent, AUDIT_GENERATOR_DIR)
    audit_hinted = [p for p in audit_files if p.name.endswith(AUDIT_HINT_SUFFIX)]
    if not audit_hinted:
        raise BenchmarkError(
            f"The Audited project (N={n}) built, but {audited.parent}/obj/**/generated/{AUDIT_GENERATOR_DIR}/ holds no "
            f"'*{AUDIT_HINT_SUFFIX}' file (found {len(audit_files)} AuditGen file(s)). Is the generator dll at "
            f"{GENERATOR_DLL} a working AuditGen generator?")
    lm_files = generated_files(manual.parent, LOGGER_MESSAGE_GENERATOR_DIR)
    if not lm_files:
        raise BenchmarkError(
            f"The LoggerMessage project (N={n}) built, but {manual.parent}/obj/**/generated/{LOGGER_MESSAGE_GENERATOR_DIR}/ is empty.")

    audit_lines, audit_bytes = count(audit_hinted)
    lm_lines, lm_bytes = count(lm_files)
    return {
        "n": n,
        "audited": times["Audited"],
        "manual": times["LoggerMessage"],
        "minimal": times["LoggerMessageOnly"],
        "audit_lines": audit_lines / n,
        "audit_bytes": audit_bytes / n,
        "audit_files": len(audit_hinted),
        "audit_other_files": len(audit_files) - len(audit_hinted),
        "lm_lines": lm_lines / n,
        "lm_bytes": lm_bytes / n,
        "lm_files": len(lm_files),
    }


def table(results: list[dict]) -> str:
    header = ("| N | AuditGen whole build median (s) | hand-written [LoggerMessage] median (s) | ratio | "
              "[LoggerMessage] calls only, lower bound (s) | ratio | "
              "AuditGen generated lines / method | LoggerMessage generated lines / method | "
              "AuditGen generated bytes / method | LoggerMessage generated bytes / method | "
              "AuditGen runs (s) | hand-written runs (s) | lower-bound runs (s) |")
    rows = [header, "|" + "---:|" * 10 + "---|---|---|"]
    for r in results:
        a = statistics.median(r["audited"])
        b = statistics.median(r["manual"])
        c = statistics.median(r["minimal"])
        rows.append(
            f"| {r['n']} | {a:.2f} | {b:.2f} | {a / b:.2f} | {c:.2f} | {a / c:.2f} | {r['audit_lines']:.1f} | {r['lm_lines']:.1f} | "
            f"{r['audit_bytes']:.0f} | {r['lm_bytes']:.0f} | "
            f"{', '.join(f'{t:.2f}' for t in r['audited'])} | {', '.join(f'{t:.2f}' for t in r['manual'])} | "
            f"{', '.join(f'{t:.2f}' for t in r['minimal'])} |")
    return "\n".join(rows)


def fingerprint() -> str:
    """Hashes of the two consumed AuditGen dlls, to notice a rebuild in the middle of a run."""
    digest = hashlib.sha256()
    for path in (RUNTIME_DLL, GENERATOR_DLL):
        digest.update(path.read_bytes() if path.is_file() else b"<missing>")
    return digest.hexdigest()[:12]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def is_within(path: Path, parent: Path) -> bool:
    try:
        path.resolve().relative_to(parent.resolve())
        return True
    except ValueError:
        return False


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Times whole `dotnet build` runs of a project using AuditGen [Audit] against an equivalent hand-written [LoggerMessage] project.")
    parser.add_argument("sizes", metavar="N", type=int, nargs="+", help="number of methods per project, e.g. 100 2000 5000")
    parser.add_argument("--runs", type=int, default=3, help="timed builds per project and N (default 3), after one untimed warm-up build each")
    parser.add_argument("--keep", metavar="DIR", type=Path,
                        help="generate the projects into DIR and keep them (default: a temporary directory, deleted afterwards)")
    parser.add_argument("--logging-version", default=DEFAULT_LOGGING_VERSION,
                        help=f"Microsoft.Extensions.Logging.Abstractions version for both projects (default {DEFAULT_LOGGING_VERSION})")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if any(n < 1 for n in args.sizes):
        parser.error("every N must be at least 1")
    return args


def main(argv: list[str]) -> int:
    args = parse_args(argv)

    dotnet = shutil.which("dotnet")
    if dotnet is None:
        log("error: `dotnet` was not found on PATH.")
        return 2
    missing = [p for p in (RUNTIME_DLL, GENERATOR_DLL) if not p.is_file()]
    if missing:
        log("error: the AuditGen build outputs this benchmark consumes are missing:")
        for p in missing:
            log(f"  {p}")
        log(f"Build them first:  cd {REPO_ROOT} && dotnet build AuditGen.sln -c Release")
        return 2

    if args.keep is not None:
        root = args.keep.resolve()
        if is_within(root, REPO_ROOT):
            log(f"error: --keep DIR must be outside the repository ({REPO_ROOT}), or its Directory.*.props would leak in.")
            return 2
        root.mkdir(parents=True, exist_ok=True)
        cleanup = False
    else:
        root = Path(tempfile.mkdtemp(prefix="auditgen-wholebuild-"))
        cleanup = True
        if is_within(root, REPO_ROOT):  # e.g. TMPDIR set inside the repository
            log(f"error: the temporary directory {root} is inside the repository; set TMPDIR elsewhere or use --keep.")
            shutil.rmtree(root, ignore_errors=True)
            return 2
    (root / "Directory.Build.props").write_text(ISOLATING_PROPS, encoding="utf-8")
    (root / "Directory.Build.targets").write_text(ISOLATING_TARGETS, encoding="utf-8")

    log(f"Projects in {root}; generator {GENERATOR_DLL} "
        f"(modified {time.strftime('%Y-%m-%d %H:%M:%S', time.localtime(GENERATOR_DLL.stat().st_mtime))}); "
        f"Microsoft.Extensions.Logging.Abstractions {args.logging_version}; {args.runs} timed run(s) each.")

    results = []
    before = fingerprint()
    changed = False
    try:
        for n in args.sizes:
            results.append(measure(n, root, args.runs, dotnet, args.logging_version))
            if fingerprint() != before:
                changed = True
                log(f"warning: AuditGen.dll or AuditGen.Generators.dll changed while N={n} was measured; "
                    "its numbers mix two builds of AuditGen.")
                before = fingerprint()
    except BenchmarkError as error:
        log(f"\nerror: {error}")
        if cleanup:
            log("(Run again with --keep DIR to inspect the generated projects.)")
        if results:
            print(table(results))
        return 1
    finally:
        if cleanup:
            shutil.rmtree(root, ignore_errors=True)
        else:
            log(f"Projects kept in {root}")

    print(table(results))
    print()
    for r in results:
        print(f"N={r['n']}: AuditGen emitted {r['audit_files']} '*{AUDIT_HINT_SUFFIX}' file(s)"
              + (f" and {r['audit_other_files']} other file(s), not counted" if r["audit_other_files"] else "")
              + f"; the LoggerMessage generator emitted {r['lm_files']} file(s).")
    if changed:
        print("\nWarning: the AuditGen dlls were rebuilt during this run (see above); rerun for clean numbers.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
