using System.ComponentModel;
using Microsoft.Extensions.Logging;

namespace AuditGen.Runtime;

/// <summary>
/// The logger of an audited type that has none of its own, created from <see cref="AuditLog.LoggerFactory"/> on first use
/// and recreated when the factory changes. Used by generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FallbackLogger
{
    private readonly string _category;
    private Entry? _entry;

    /// <summary>Creates the holder for one category.</summary>
    /// <param name="category">The logger category, the containing type's full name.</param>
    public FallbackLogger(string category) => _category = category;

    /// <summary>Gets the logger for the current fallback factory, or <see langword="null"/> when none is set.</summary>
    /// <returns>The logger, or <see langword="null"/>.</returns>
    public ILogger? Get()
    {
        ILoggerFactory? factory = AuditLog.LoggerFactory;
        if (factory is null)
        {
            return null;
        }

        Entry? entry = _entry;
        if (entry is null || !ReferenceEquals(entry.Factory, factory))
        {
            entry = new Entry(factory, factory.CreateLogger(_category));
            _entry = entry;
        }

        return entry.Logger;
    }

    private sealed class Entry(ILoggerFactory factory, ILogger logger)
    {
        public ILoggerFactory Factory { get; } = factory;

        public ILogger Logger { get; } = logger;
    }
}
