using System.ComponentModel;

namespace AuditGen.Runtime;

/// <summary>
/// Builds the logged values of one call with the types inferred from the arguments, so generated code never has to
/// spell a parameter's type. Used by generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class AuditValues
{
    /// <summary>No logged values.</summary>
    /// <returns>The empty values.</returns>
    public static AuditValues0 Of() => default;

    /// <summary>1 logged value.</summary>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <param name="value1">Value 1.</param>
    /// <returns>The values.</returns>
    public static AuditValues<T1> Of<T1>(T1 value1) => new(value1);

    /// <summary>2 logged values.</summary>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <param name="value1">Value 1.</param>
    /// <param name="value2">Value 2.</param>
    /// <returns>The values.</returns>
    public static AuditValues<T1, T2> Of<T1, T2>(T1 value1, T2 value2) => new(value1, value2);

    /// <summary>3 logged values.</summary>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <typeparam name="T3">The type of value 3.</typeparam>
    /// <param name="value1">Value 1.</param>
    /// <param name="value2">Value 2.</param>
    /// <param name="value3">Value 3.</param>
    /// <returns>The values.</returns>
    public static AuditValues<T1, T2, T3> Of<T1, T2, T3>(T1 value1, T2 value2, T3 value3) => new(value1, value2, value3);

    /// <summary>4 logged values.</summary>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <typeparam name="T3">The type of value 3.</typeparam>
    /// <typeparam name="T4">The type of value 4.</typeparam>
    /// <param name="value1">Value 1.</param>
    /// <param name="value2">Value 2.</param>
    /// <param name="value3">Value 3.</param>
    /// <param name="value4">Value 4.</param>
    /// <returns>The values.</returns>
    public static AuditValues<T1, T2, T3, T4> Of<T1, T2, T3, T4>(T1 value1, T2 value2, T3 value3, T4 value4) => new(value1, value2, value3, value4);

    /// <summary>5 logged values.</summary>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <typeparam name="T3">The type of value 3.</typeparam>
    /// <typeparam name="T4">The type of value 4.</typeparam>
    /// <typeparam name="T5">The type of value 5.</typeparam>
    /// <param name="value1">Value 1.</param>
    /// <param name="value2">Value 2.</param>
    /// <param name="value3">Value 3.</param>
    /// <param name="value4">Value 4.</param>
    /// <param name="value5">Value 5.</param>
    /// <returns>The values.</returns>
    public static AuditValues<T1, T2, T3, T4, T5> Of<T1, T2, T3, T4, T5>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5) => new(value1, value2, value3, value4, value5);

    /// <summary>6 logged values.</summary>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <typeparam name="T3">The type of value 3.</typeparam>
    /// <typeparam name="T4">The type of value 4.</typeparam>
    /// <typeparam name="T5">The type of value 5.</typeparam>
    /// <typeparam name="T6">The type of value 6.</typeparam>
    /// <param name="value1">Value 1.</param>
    /// <param name="value2">Value 2.</param>
    /// <param name="value3">Value 3.</param>
    /// <param name="value4">Value 4.</param>
    /// <param name="value5">Value 5.</param>
    /// <param name="value6">Value 6.</param>
    /// <returns>The values.</returns>
    public static AuditValues<T1, T2, T3, T4, T5, T6> Of<T1, T2, T3, T4, T5, T6>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5, T6 value6) => new(value1, value2, value3, value4, value5, value6);

    /// <summary>Six logged values followed by more.</summary>
    /// <typeparam name="T1">The type of value 1.</typeparam>
    /// <typeparam name="T2">The type of value 2.</typeparam>
    /// <typeparam name="T3">The type of value 3.</typeparam>
    /// <typeparam name="T4">The type of value 4.</typeparam>
    /// <typeparam name="T5">The type of value 5.</typeparam>
    /// <typeparam name="T6">The type of value 6.</typeparam>
    /// <typeparam name="TRest">The remaining values.</typeparam>
    /// <param name="value1">Value 1.</param>
    /// <param name="value2">Value 2.</param>
    /// <param name="value3">Value 3.</param>
    /// <param name="value4">Value 4.</param>
    /// <param name="value5">Value 5.</param>
    /// <param name="value6">Value 6.</param>
    /// <param name="rest">The remaining values, themselves built with <c>Of</c>.</param>
    /// <returns>The values.</returns>
    public static AuditValues<T1, T2, T3, T4, T5, T6, TRest> Of<T1, T2, T3, T4, T5, T6, TRest>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5, T6 value6, TRest rest)
        where TRest : struct, IAuditValues => new(value1, value2, value3, value4, value5, value6, rest);
}
