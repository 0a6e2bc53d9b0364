using System;
using System.Runtime.InteropServices;

namespace AuditGen;

/// <summary>The scope returned by <see cref="AuditContext.Begin"/>: disposing it ends its context, whatever the order
/// scopes are disposed in.</summary>
[StructLayout(LayoutKind.Auto)]
public readonly struct AuditContextScope : IDisposable
{
    private readonly AuditContextFrame? _frame;

    internal AuditContextScope(AuditContextFrame frame) => _frame = frame;

    /// <summary>Gets the context this scope made current.</summary>
    public AuditContext? Context => _frame?.Context;

    /// <summary>Ends the scope: the current context becomes the innermost one whose scope has not ended.</summary>
    public void Dispose()
    {
        if (_frame is not null)
        {
            AuditContext.End(_frame);
        }
    }
}

/// <summary>One <see cref="AuditContext.Begin"/>: its context, the scope it was begun in, and whether it has ended.</summary>
internal sealed class AuditContextFrame(AuditContext? context, AuditContextFrame? parent)
{
    public AuditContext? Context { get; } = context;

    public AuditContextFrame? Parent { get; } = parent;

    public bool Ended { get; set; }

    /// <summary>The innermost frame of the chain whose scope has not ended.</summary>
    public static AuditContextFrame? Active(AuditContextFrame? frame)
    {
        while (frame is { Ended: true })
        {
            frame = frame.Parent;
        }

        return frame;
    }
}
