using System;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AuditGen.LeakSentinel;

/// <summary>
/// The <see cref="ILoggerFactory"/> the sentinel puts in the container in place of the original, which it wraps. The
/// records are inspected here, once, before the original factory's logger fans each out to its providers: every
/// provider — however it was added — sees only masked records, each secret is counted once however many providers
/// there are, and the providers themselves, with their filter rules, aliases and scope handling, are untouched.
/// </summary>
internal sealed class SentinelLoggerFactory : ILoggerFactory
{
    private readonly ILoggerFactory _inner;
    private readonly bool _ownsInner;
    private readonly LeakReporter _reporter;
    private readonly ConcurrentDictionary<string, SentinelLogger> _loggers = new(StringComparer.Ordinal);

    /// <param name="inner">The original factory.</param>
    /// <param name="ownsInner">Whether disposing this factory disposes the original: true when the container would
    /// have disposed the original and now disposes this one instead.</param>
    /// <param name="options">The sentinel's options.</param>
    public SentinelLoggerFactory(ILoggerFactory inner, bool ownsInner, LeakSentinelOptions options)
    {
        _inner = inner;
        _ownsInner = ownsInner;
        _reporter = new LeakReporter(inner, options);
    }

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) =>
        _loggers.TryGetValue(categoryName, out SentinelLogger? logger)
            ? logger
            : _loggers.GetOrAdd(categoryName, new SentinelLogger(_inner.CreateLogger(categoryName), categoryName, _reporter));

    /// <inheritdoc />
    public void AddProvider(ILoggerProvider provider) => _inner.AddProvider(provider);

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsInner)
        {
            _inner.Dispose();
        }
    }
}
