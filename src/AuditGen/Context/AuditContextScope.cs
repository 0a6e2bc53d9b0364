using System;
using System.Runtime.InteropServices;

namespace AuditGen;

/// <summary>The scope returned by <see cref="AuditContext.Begin"/>: disposing it restores the previous context.</summary>
[StructLayout(LayoutKind.Auto)]
public readonly struct AuditContextScope : IDisposable
{
    private readonly AuditContext? _previous;

    internal AuditContextScope(AuditContext? previous, AuditContext? context)
    {
        _previous = previous;
        Context = context;
    }

    /// <summary>Gets the context this scope made current.</summary>
    public AuditContext? Context { get; }

    /// <summary>Restores the context that was current when the scope began.</summary>
    public void Dispose() => AuditContext.Restore(_previous);
}
