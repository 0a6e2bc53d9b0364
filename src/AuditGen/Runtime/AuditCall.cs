using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace AuditGen.Runtime;

/// <summary>
/// Starts the audit of one call. Generated wrappers call <c>Begin</c>, then hand the result of <c>Core</c> to
/// <see cref="AuditCall{TValues}.Complete(System.Threading.Tasks.Task)"/> (awaitable methods), record an exception
/// with <see cref="AuditCall{TValues}.Fail"/> from an exception filter and end the call in a <c>finally</c> block with
/// <see cref="AuditCall{TValues}.End"/>. Used by generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class AuditCall
{
    /// <summary>Begins a call whose logger is a parameter or field of the method's type.</summary>
    /// <typeparam name="TValues">The logged values.</typeparam>
    /// <param name="method">The method's descriptor.</param>
    /// <param name="logger">The logger; <see langword="null"/> uses the fallback factory when the descriptor has one.</param>
    /// <param name="values">The logged values, unformatted.</param>
    /// <returns>The running call (inactive when nothing wants its records or telemetry).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static AuditCall<TValues> Begin<TValues>(AuditMethod method, ILogger? logger, TValues values)
        where TValues : struct, IAuditValues =>
        AuditCall<TValues>.Start(method, logger, values);

    /// <summary>Begins a call whose logger is a static property; a throwing getter costs the records, never the call.</summary>
    /// <typeparam name="TValues">The logged values.</typeparam>
    /// <param name="method">The method's descriptor.</param>
    /// <param name="logger">A static lambda that reads the logger.</param>
    /// <param name="values">The logged values, unformatted.</param>
    /// <returns>The running call.</returns>
    public static AuditCall<TValues> BeginFrom<TValues>(AuditMethod method, Func<ILogger?> logger, TValues values)
        where TValues : struct, IAuditValues =>
        BeginFrom(method, logger, static read => read(), values);

    /// <summary>Begins a call whose logger is an instance property; a throwing getter costs the records, never the call.</summary>
    /// <typeparam name="TOwner">The type that declares the property.</typeparam>
    /// <typeparam name="TValues">The logged values.</typeparam>
    /// <param name="method">The method's descriptor.</param>
    /// <param name="owner">The instance, usually <c>this</c>.</param>
    /// <param name="logger">A static lambda that reads the logger from <paramref name="owner"/>.</param>
    /// <param name="values">The logged values, unformatted.</param>
    /// <returns>The running call.</returns>
    public static AuditCall<TValues> BeginFrom<TOwner, TValues>(AuditMethod method, TOwner owner, Func<TOwner, ILogger?> logger, TValues values)
        where TValues : struct, IAuditValues
    {
        ILogger? resolved = null;
        try
        {
            resolved = logger(owner);
        }
        catch (Exception)
        {
            AuditTelemetry.RecordDropped(method.Operation, AuditTelemetry.DroppedLogger);
        }

        return AuditCall<TValues>.Start(method, resolved, values);
    }
}
