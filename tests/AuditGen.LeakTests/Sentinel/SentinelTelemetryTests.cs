#pragma warning disable AG1001, AG1004, AG1006 // secrets are logged on purpose
#pragma warning disable CA1848, CA2254 // plain ILogger calls, as the code the sentinel guards is written

using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using AuditGen.LeakSentinel;
using AuditGen.Runtime;

namespace AuditGen.LeakTests.Sentinel;

/// <summary>"Tokens in logs" measured: each masked secret adds one to <c>auditgen.leaks.masked</c> with its kind and
/// category, once however many providers there are; each category gets one warning, naming where — never the secret —
/// even when many threads leak at once; and a clean record costs no allocation beyond what the unwrapped factory costs.</summary>
[Collection(SerialCollection.Name)]
public sealed class SentinelTelemetryTests
{
    [Fact]
    public void Each_masked_secret_is_counted_once_by_kind_and_category_and_warned_about_once_per_category()
    {
        var counts = new ConcurrentDictionary<(string Kind, string Category), long>();
        using MeterListener listener = Listen(counts);
        var first = new ListProvider();
        var second = new ListProvider();
        using ILoggerFactory factory = LoggerFactory.Create(b => b.AddProvider(first).AddProvider(second).AddAuditGenLeakSentinel());

        Parallel.For(0, 200, i =>
        {
            factory.CreateLogger("Leaky.Orders").LogInformation("calling with token={Value} and {Jwt}", $"tok-{i}", SentinelSamples.Jwt);
            factory.CreateLogger("Leaky.Users").LogInformation("password={Pw}", $"pw-{i}");
        });

        Assert.Equal(200, counts[("token", "Leaky.Orders")]); // two providers, counted once
        Assert.Equal(200, counts[("jwt", "Leaky.Orders")]);
        Assert.Equal(200, counts[("password", "Leaky.Users")]);
        var warnings = first.Records.Where(r => r.Category == LeakReporter.Category).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(LogLevel.Warning, w.Level));
        Assert.Contains(warnings, w => w.Message.Contains("Leaky.Orders", StringComparison.Ordinal) && w.Message.Contains("token, jwt", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Message.Contains("Leaky.Users", StringComparison.Ordinal) && w.Message.Contains("the value of 'Pw'", StringComparison.Ordinal));
        Assert.DoesNotContain(first.Records, r => r.Message.Contains("tok-", StringComparison.Ordinal) || r.Message.Contains("pw-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clean_record_allocates_nothing_more_than_without_the_sentinel()
    {
        using ILoggerFactory plain = LoggerFactory.Create(b => b.AddProvider(new NonReadingProvider()));
        using ILoggerFactory guarded = LoggerFactory.Create(b => b.AddProvider(new NonReadingProvider()).AddAuditGenLeakSentinel());
        ILogger plainLogger = plain.CreateLogger("Clean");
        ILogger guardedLogger = guarded.CreateLogger("Clean");
        object[] args = ["ada@example.com", "9fceb02d0ae598e95dc970b74767f19372d61af8", "https://app.example.com/orders?page=2"];

        long baseline = Allocated(() => plainLogger.LogInformation("User {Email} deployed {Commit}, see {Url}", args));
        long sentinel = Allocated(() => guardedLogger.LogInformation("User {Email} deployed {Commit}, see {Url}", args));

        Assert.Equal(baseline, sentinel);
    }

    private static long Allocated(Action log)
    {
        for (int i = 0; i < 1_000; i++)
        {
            log(); // warm up: caches, tiered compilation
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 20_000; i++)
        {
            log();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / 20_000;
    }

    private static MeterListener Listen(ConcurrentDictionary<(string, string), long> counts)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == AuditLog.TelemetryName && instrument.Name == AuditTelemetry.LeaksMaskedInstrumentName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            string kind = "", category = "";
            foreach (KeyValuePair<string, object?> tag in tags)
            {
                kind = tag.Key == "kind" ? (string)tag.Value! : kind;
                category = tag.Key == "category" ? (string)tag.Value! : category;
            }

            counts.AddOrUpdate((kind, category), value, (_, sum) => sum + value);
        });
        listener.Start();
        return listener;
    }
}
