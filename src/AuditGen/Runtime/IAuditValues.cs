using System.ComponentModel;

namespace AuditGen.Runtime;

/// <summary>
/// The logged values of one call, in the order of the method's record keys. Implemented by value types only, and always
/// used through a generic constraint, so the values are never boxed unless a provider reads them.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IAuditValues
{
    /// <summary>Gets the number of values.</summary>
    int Count { get; }

    /// <summary>Gets one value, boxed: called only when a provider reads the record.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The value, or <see langword="null"/> for an index out of range.</returns>
    object? Get(int index);
}

/// <summary>No logged values. Used by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct AuditValues0 : IAuditValues
{
    /// <inheritdoc />
    public int Count => 0;

    /// <inheritdoc />
    public object? Get(int index) => null;
}
