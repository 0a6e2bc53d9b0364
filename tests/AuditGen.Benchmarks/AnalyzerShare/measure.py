#!/usr/bin/env python3
"""Measures AuditGen's analyzers' share of compile time on a generated project with many log calls.

Usage: python3 tests/AuditGen.Benchmarks/AnalyzerShare/measure.py [LOG_CALLS] [RUNS] [FILLER]
Builds a synthetic project (LOG_CALLS log calls across 50 files, a quarter of them leaking a secret, each preceded by
FILLER ordinary statements — 0 makes every statement a log call, the worst case) with the
generator and analyzers referenced as in a user project, `dotnet build -p:ReportAnalyzer=true` RUNS times, and
prints csc's total time, all analyzers' time and AuditGen's analyzers' time, as reported by the compiler.
"""
import os, re, shutil, subprocess, sys, tempfile

calls = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
filler = int(sys.argv[3]) if len(sys.argv) > 3 else 0
repo = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
work = tempfile.mkdtemp(prefix="auditgen-analyzer-share-")
files = 50
per_file = calls // files

with open(os.path.join(work, "Synthetic.csproj"), "w") as f:
    f.write(f"""<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally><NoWarn>$(NoWarn);AG1001;AG1006;CA2254;CA1848</NoWarn></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.Extensions.Logging.Abstractions" Version="8.0.0" />
    <ProjectReference Include="{repo}/src/AuditGen/AuditGen.csproj" />
    <ProjectReference Include="{repo}/src/AuditGen.Generators/AuditGen.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
</Project>
""")
for i in range(files):
    lines = []
    for j in range(per_file):
        k = i * per_file + j
        for f_ in range(filler):
            lines.append(f'        total += (orderId * {f_ + 1} + email.Length) % 7; var s{k}_{f_} = email.Substring(0, 1) + {k}.ToString(); total += s{k}_{f_}.Length;')
        if k % 4 == 0:
            lines.append(f'        logger.LogInformation("Reset token {{Token}} for {{Email}} #{k}", resetToken, email);')
        elif k % 4 == 1:
            lines.append(f'        logger.LogInformation("Order {{OrderId}} shipped to {{Email}} #{k}", orderId, email);')
        elif k % 4 == 2:
            lines.append(f'        logger.LogDebug($"Processed {{orderId}} in {{elapsed}} ms #{k}");')
        else:
            lines.append(f'        using (logger.BeginScope(new Dictionary<string, object> {{ ["RequestId"] = email, ["Attempt"] = {k} }})) {{ }}')
    body = "\n".join(lines)
    with open(os.path.join(work, f"File{i}.cs"), "w") as f:
        f.write(f"""using Microsoft.Extensions.Logging;
namespace Synthetic;
public sealed class Service{i}(ILogger<Service{i}> logger)
{{
    public int Run(string email, string resetToken, int orderId, double elapsed)
    {{
        int total = 0;
{body}
        return total;
    }}
}}
""")

subprocess.run(["dotnet", "build", work, "-c", "Release", "-v:q"], check=True, capture_output=True)
csc, total, ours = [], [], []
for _ in range(runs):
    out = subprocess.run(["dotnet", "build", work, "-c", "Release", "--no-incremental", "--no-dependencies",
                          "-p:ReportAnalyzer=true", "-v:d", "-clp:PerformanceSummary"],
                         check=True, capture_output=True, text=True).stdout
    task = re.findall(r"^\s*([\d.,]+) ms\s+Csc\s+\d+ calls", out, re.M)
    analyzers = re.search(r"Total analyzer execution time: ([\d.]+) seconds", out)
    # The first AuditGen row after the analyzer total is the analyzers; the generator table follows later.
    auditgen = re.search(r"Total analyzer execution time.*?([\d.]+|<0\.001)\s+\d+\s+AuditGen\.Generators, Version", out, re.S)
    if not (task and analyzers and auditgen):
        sys.exit("Could not parse the ReportAnalyzer output; see " + work)
    csc.append(float(task[-1].replace(",", "")) / 1000)
    total.append(float(analyzers.group(1)))
    ours.append(0.0 if auditgen.group(1).startswith("<") else float(auditgen.group(1)))

med = lambda xs: sorted(xs)[len(xs) // 2]
print(f"log calls: {calls} in {files} files, {filler} other statements per log call; runs: {runs} (medians)")
print(f"csc task time:               {med(csc):.2f} s")
print(f"all analyzers (compiler):    {med(total):.3f} s")
print(f"AuditGen analyzers:          {med(ours):.3f} s  = {100 * med(ours) / med(csc):.1f}% of csc time, {100 * med(ours) / med(total):.0f}% of all analyzers")
shutil.rmtree(work)
