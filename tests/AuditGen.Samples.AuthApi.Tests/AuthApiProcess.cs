using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace AuditGen.Samples.AuthApi.Tests;

/// <summary>The AuthApi sample as a real process on 127.0.0.1 with a random port, its own database, and captured stdout.</summary>
public partial class AuthApiProcess : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly ConcurrentQueue<string> _output = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("auditgen-authapi-e2e-").FullName;
    private Process? _process;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Requests per client per minute on /auth: low enough for the flow test to reach the limiter.</summary>
    protected virtual int RateLimitPermits => 25;

    /// <summary>The sample project to run: the AuthApi, or its build with the OpenTelemetry key profile.</summary>
    protected virtual string SampleName => "AuditGen.Samples.AuthApi";

    public string DatabasePath => Path.Combine(_directory, "authapi.db");

    public string Output => string.Join("\n", _output);

    /// <summary>The JSON log lines written so far (console exporter output and other text are skipped).</summary>
    public IReadOnlyList<JsonElement> LogLines()
    {
        var lines = new List<JsonElement>();
        foreach (string line in _output)
        {
            if (line.StartsWith('{'))
            {
                try
                {
                    lines.Add(JsonDocument.Parse(line).RootElement.Clone());
                }
                catch (JsonException)
                {
                    // A line cut by the process exit is not a record.
                }
            }
        }

        return lines;
    }

    public async Task InitializeAsync()
    {
        await PrepareDatabaseAsync();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { SampleAssembly(SampleName), "--urls", "http://127.0.0.1:0", "--AuthApi:Database=" + DatabasePath, "--AuthApi:RateLimitPermits=" + RateLimitPermits },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(SampleAssembly(SampleName))!,
        };
        start.Environment.Remove("OTEL_EXPORTER_OTLP_ENDPOINT");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _output.Enqueue(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _output.Enqueue(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_output.Select(l => ListeningOn().Match(l)).FirstOrDefault(m => m.Success) is { } match)
            {
                BaseAddress = new Uri(match.Groups[1].Value);
                return;
            }

            if (_process.HasExited)
            {
                break;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"The AuthApi did not start within {StartTimeout}:\n{Output}");
    }

    /// <summary>Runs before the service starts, e.g. to leave a database of an older schema for it to upgrade.</summary>
    protected virtual Task PrepareDatabaseAsync() => Task.CompletedTask;

    /// <summary>The newest outbox payload of a kind for a recipient: what the user would receive by e-mail.</summary>
    public async Task<string> OutboxAsync(string recipient, string kind)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM outbox WHERE recipient = $r AND kind = $k ORDER BY id DESC LIMIT 1";
        command.Parameters.AddWithValue("$r", recipient);
        command.Parameters.AddWithValue("$k", kind);
        return (string)(await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"No {kind} message for {recipient}."));
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process?.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    internal static string SampleAssembly(string name = "AuditGen.Samples.AuthApi")
    {
        string configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        return Path.Combine(Repository.Root, "samples", name, "bin", configuration, "net10.0", name + ".dll");
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
