using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using AuditGen.LeakSentinel.Records;
using AuditGen.Runtime;
using Microsoft.Extensions.Logging;

namespace AuditGen.LeakSentinel;

/// <summary>
/// Makes each masked secret visible without repeating it: the counter <c>auditgen.leaks.masked</c> (tags <c>kind</c>,
/// <c>category</c>), and — once per logger category — a warning naming the category, the event and where in the record
/// the secret was, so that the log call can be found and fixed. The warning is written through the inner factory's
/// logger, beside the sentinel rather than through it, so it can never be inspected, masked or warned about in turn.
/// </summary>
internal sealed class LeakReporter(ILoggerFactory inner, LeakSentinelOptions options)
{
    /// <summary>The category of the sentinel's own warnings.</summary>
    public const string Category = "AuditGen.LeakSentinel";

    private static readonly Action<ILogger, string, string, string, int, Exception?> s_warning = LoggerMessage.Define<string, string, string, int>(
        LogLevel.Warning,
        new EventId(1, "LeakMasked"),
        "A log record of category {LeakCategory} carried {LeakKind} in {LeakLocation} (event id {LeakEventId}); the leak sentinel masked it before any provider saw it. Find that log call and stop passing the secret: this warning is written once per category, the metric auditgen.leaks.masked counts every occurrence.");

    private readonly ConcurrentDictionary<string, bool> _warned = new(StringComparer.Ordinal);
    private ILogger? _logger;

    public void Report(string category, EventId eventId, LeakTally tally)
    {
        foreach ((string kind, _) in tally.Entries)
        {
            AuditTelemetry.RecordLeak(kind, category);
        }

        if (!options.WarnOncePerCategory || !_warned.TryAdd(category, true))
        {
            return;
        }

        try
        {
            ILogger logger = _logger ??= inner.CreateLogger(Category);
            if (logger.IsEnabled(LogLevel.Warning))
            {
                IEnumerable<string> kinds = tally.Entries.Select(static e => e.Kind).Distinct();
                s_warning(logger, category, string.Join(", ", kinds), tally.Entries[0].Where, eventId.Id, null);
            }
        }
        catch (Exception)
        {
            // A throwing provider costs the warning, never the caller's log call.
        }
    }
}
