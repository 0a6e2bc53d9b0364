using System;
using System.ComponentModel;

namespace AuditGen.Runtime;

/// <summary>
/// A property of a <c>[LogProperties]</c> argument, read only when a provider reads the record. The getter runs inside
/// AuditGen's guarded write, so a throwing getter drops that record (and is counted), never the call.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class AuditProperty
{
    /// <summary>Captures the argument and the getter of one of its properties.</summary>
    /// <typeparam name="TSource">The argument's type.</typeparam>
    /// <typeparam name="TResult">The property's type.</typeparam>
    /// <param name="source">The argument.</param>
    /// <param name="getter">A static lambda that reads the property (null-conditional for reference types).</param>
    /// <returns>The deferred read.</returns>
    public static AuditProperty<TSource, TResult> Of<TSource, TResult>(TSource source, Func<TSource, TResult> getter) => new(source, getter);
}

/// <summary>A deferred property read; see <see cref="AuditProperty"/>.</summary>
/// <typeparam name="TSource">The argument's type.</typeparam>
/// <typeparam name="TResult">The property's type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct AuditProperty<TSource, TResult> : IDeferredAuditValue
{
    private readonly TSource _source;
    private readonly Func<TSource, TResult> _getter;

    /// <summary>Creates the deferred read.</summary>
    /// <param name="source">The argument.</param>
    /// <param name="getter">The property getter.</param>
    public AuditProperty(TSource source, Func<TSource, TResult> getter)
    {
        _source = source;
        _getter = getter;
    }

    /// <inheritdoc />
    public object? Read() => _getter is null ? null : _getter(_source);
}

/// <summary>A logged value computed only when a provider reads the record.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IDeferredAuditValue
{
    /// <summary>Computes the value.</summary>
    /// <returns>The value.</returns>
    object? Read();
}
