using System;
using System.Text;

namespace AuditGen.Runtime;

/// <summary>One reusable <see cref="StringBuilder"/> per thread for rendering messages: a formatting provider then pays
/// for the message string only, not for a builder and its growing buffers on every record.</summary>
internal static class MessageBuilder
{
    private const int MaxCachedCapacity = 1024;

    [ThreadStatic]
    private static StringBuilder? t_cached;

    public static StringBuilder Acquire()
    {
        StringBuilder? builder = t_cached;
        if (builder is null)
        {
            return new StringBuilder(256);
        }

        // A nested render (a value's ToString that logs) gets a builder of its own.
        t_cached = null;
        return builder.Clear();
    }

    public static string Release(StringBuilder builder)
    {
        string message = builder.ToString();
        if (builder.Capacity <= MaxCachedCapacity)
        {
            t_cached = builder;
        }

        return message;
    }
}
