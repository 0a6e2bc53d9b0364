using System.ComponentModel;
using System.Runtime.InteropServices;

namespace AuditGen.Runtime;

// The logged values of one call, kept as they are (no boxing, no formatting) until a provider reads the record.
// Generated code builds them with AuditValues.Of(...), letting the compiler infer the types; beyond six values the
// seventh argument is another AuditValues (the ValueTuple "rest" pattern).

/// <summary>1 logged value of one call. Used by generated code.</summary>
/// <typeparam name="T1">The type of value 1.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
[StructLayout(LayoutKind.Auto)]
public readonly struct AuditValues<T1> : IAuditValues
{
    private readonly T1 _value1;

    /// <summary>Creates the values.</summary>
    /// <param name="value1">Value 1.</param>
    public AuditValues(T1 value1)
    {
        _value1 = value1;
    }

    /// <inheritdoc />
    public int Count => 1;

    /// <inheritdoc />
    public object? Get(int index) => index switch
    {
        0 => _value1,
        _ => null,
    };
}

/// <summary>2 logged values of one call. Used by generated code.</summary>
/// <typeparam name="T1">The type of value 1.</typeparam>
/// <typeparam name="T2">The type of value 2.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
[StructLayout(LayoutKind.Auto)]
public readonly struct AuditValues<T1, T2> : IAuditValues
{
    private readonly T1 _value1;
    private readonly T2 _value2;

    /// <summary>Creates the values.</summary>
    /// <param name="value1">Value 1.</param>
    /// <param name="value2">Value 2.</param>
    public AuditValues(T1 value1, T2 value2)
    {
        _value1 = value1;
        _value2 = value2;
    }

    /// <inheritdoc />
    public int Count => 2;

    /// <inheritdoc />
    public object? Get(int index) => index switch
    {
        0 => _value1,
        1 => _value2,
        _ => null,
    };
}

/// <summary>3 logged values of one call. Used by generated code.</summary>
/// <typeparam name="T1">The type of value 1.</typeparam>
/// <typeparam name="T2">The type of value 2.</typeparam>
/// <typeparam name="T3">The type of value 3.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
[StructLayout(LayoutKind.Auto)]
public readonly struct AuditValues<T1, T2, T3> : IAuditValues
{
    private readonly T1 _value1;
    private readonly T2 _value2;
    private readonly T3 _value3;

    /// <summary>Creates the values.</summary>
    /// <param name="value1">Value 1.</param>
    /// <param name="value2">Value 2.</param>
    /// <param name="value3">Value 3.</param>
    public AuditValues(T1 value1, T2 value2, T3 value3)
    {
        _value1 = value1;
        _value2 = value2;
        _value3 = value3;
    }

    /// <inheritdoc />
    public int Count => 3;

    /// <inheritdoc />
    public object? Get(int index) => index switch
    {
        0 => _value1,
        1 => _value2,
        2 => _value3,
        _ => null,
    };
}

/// <summary>4 logged values of one call. Used by generated code.</summary>
/// <typeparam name="T1">The type of value 1.</typeparam>
/// <typeparam name="T2">The type of value 2.</typeparam>
/// <typeparam name="T3">The type of value 3.</typeparam>
/// <typeparam name="T4">The type of value 4.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
[StructLayout(LayoutKind.Auto)]
public readonly struct AuditValues<T1, T2, T3, T4> : IAuditValues
{
    private readonly T1 _value1;
    private readonly T2 _value2;
    private readonly T3 _value3;
    private readonly T4 _value4;

    /// <summary>Creates the values.</summary>
    /// <param name="value1">Value 1.</param>
    /// <param name="value2">Value 2.</param>
    /// <param name="value3">Value 3.</param>
    /// <param name="value4">Value 4.</param>
    public AuditValues(T1 value1, T2 value2, T3 value3, T4 value4)
    {
        _value1 = value1;
        _value2 = value2;
        _value3 = value3;
        _value4 = value4;
    }

    /// <inheritdoc />
    public int Count => 4;

    /// <inheritdoc />
    public object? Get(int index) => index switch
    {
        0 => _value1,
        1 => _value2,
        2 => _value3,
        3 => _value4,
        _ => null,
    };
}

/// <summary>5 logged values of one call. Used by generated code.</summary>
/// <typeparam name="T1">The type of value 1.</typeparam>
/// <typeparam name="T2">The type of value 2.</typeparam>
/// <typeparam name="T3">The type of value 3.</typeparam>
/// <typeparam name="T4">The type of value 4.</typeparam>
/// <typeparam name="T5">The type of value 5.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
[StructLayout(LayoutKind.Auto)]
public readonly struct AuditValues<T1, T2, T3, T4, T5> : IAuditValues
{
    private readonly T1 _value1;
    private readonly T2 _value2;
    private readonly T3 _value3;
    private readonly T4 _value4;
    private readonly T5 _value5;

    /// <summary>Creates the values.</summary>
    /// <param name="value1">Value 1.</param>
    /// <param name="value2">Value 2.</param>
    /// <param name="value3">Value 3.</param>
    /// <param name="value4">Value 4.</param>
    /// <param name="value5">Value 5.</param>
    public AuditValues(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5)
    {
        _value1 = value1;
        _value2 = value2;
        _value3 = value3;
        _value4 = value4;
        _value5 = value5;
    }

    /// <inheritdoc />
    public int Count => 5;

    /// <inheritdoc />
    public object? Get(int index) => index switch
    {
        0 => _value1,
        1 => _value2,
        2 => _value3,
        3 => _value4,
        4 => _value5,
        _ => null,
    };
}

/// <summary>6 logged values of one call. Used by generated code.</summary>
/// <typeparam name="T1">The type of value 1.</typeparam>
/// <typeparam name="T2">The type of value 2.</typeparam>
/// <typeparam name="T3">The type of value 3.</typeparam>
/// <typeparam name="T4">The type of value 4.</typeparam>
/// <typeparam name="T5">The type of value 5.</typeparam>
/// <typeparam name="T6">The type of value 6.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
[StructLayout(LayoutKind.Auto)]
public readonly struct AuditValues<T1, T2, T3, T4, T5, T6> : IAuditValues
{
    private readonly T1 _value1;
    private readonly T2 _value2;
    private readonly T3 _value3;
    private readonly T4 _value4;
    private readonly T5 _value5;
    private readonly T6 _value6;

    /// <summary>Creates the values.</summary>
    /// <param name="value1">Value 1.</param>
    /// <param name="value2">Value 2.</param>
    /// <param name="value3">Value 3.</param>
    /// <param name="value4">Value 4.</param>
    /// <param name="value5">Value 5.</param>
    /// <param name="value6">Value 6.</param>
    public AuditValues(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5, T6 value6)
    {
        _value1 = value1;
        _value2 = value2;
        _value3 = value3;
        _value4 = value4;
        _value5 = value5;
        _value6 = value6;
    }

    /// <inheritdoc />
    public int Count => 6;

    /// <inheritdoc />
    public object? Get(int index) => index switch
    {
        0 => _value1,
        1 => _value2,
        2 => _value3,
        3 => _value4,
        4 => _value5,
        5 => _value6,
        _ => null,
    };
}

/// <summary>Six logged values followed by more. Used by generated code.</summary>
/// <typeparam name="T1">The type of value 1.</typeparam>
/// <typeparam name="T2">The type of value 2.</typeparam>
/// <typeparam name="T3">The type of value 3.</typeparam>
/// <typeparam name="T4">The type of value 4.</typeparam>
/// <typeparam name="T5">The type of value 5.</typeparam>
/// <typeparam name="T6">The type of value 6.</typeparam>
/// <typeparam name="TRest">The remaining values.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
[StructLayout(LayoutKind.Auto)]
public readonly struct AuditValues<T1, T2, T3, T4, T5, T6, TRest> : IAuditValues
    where TRest : struct, IAuditValues
{
    private readonly T1 _value1;
    private readonly T2 _value2;
    private readonly T3 _value3;
    private readonly T4 _value4;
    private readonly T5 _value5;
    private readonly T6 _value6;
    private readonly TRest _rest;

    /// <summary>Creates the values.</summary>
    /// <param name="value1">Value 1.</param>
    /// <param name="value2">Value 2.</param>
    /// <param name="value3">Value 3.</param>
    /// <param name="value4">Value 4.</param>
    /// <param name="value5">Value 5.</param>
    /// <param name="value6">Value 6.</param>
    /// <param name="rest">The remaining values.</param>
    public AuditValues(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5, T6 value6, TRest rest)
    {
        _value1 = value1;
        _value2 = value2;
        _value3 = value3;
        _value4 = value4;
        _value5 = value5;
        _value6 = value6;
        _rest = rest;
    }

    /// <inheritdoc />
    public int Count => 6 + _rest.Count;

    /// <inheritdoc />
    public object? Get(int index) => index switch
    {
        0 => _value1,
        1 => _value2,
        2 => _value3,
        3 => _value4,
        4 => _value5,
        5 => _value6,
        _ => _rest.Get(index - 6),
    };
}
