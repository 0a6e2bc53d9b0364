using AuditGen.Generators.Common;

namespace AuditGen.Generators.Model;

/// <summary>Everything needed to emit the implementing part of one audited partial method.</summary>
/// <param name="Name">The method name, escaped with <c>@</c> when it is a keyword.</param>
/// <param name="CoreName">The name of the private method that holds the body.</param>
/// <param name="CoreQualifier"><c>this</c>, or the fully qualified containing type for a static method: what the call to Core is qualified with.</param>
/// <param name="SortKey">Orders methods within a type deterministically (name, arity, parameter types).</param>
/// <param name="Modifiers">The declaration's modifiers without <c>partial</c>, e.g. <c>public static</c>.</param>
/// <param name="ReturnType">The fully qualified return type.</param>
/// <param name="TypeParameters">The type parameter list including angle brackets, or empty.</param>
/// <param name="ConstraintClauses">The <c>where</c> clauses, each prefixed with a space, or empty.</param>
/// <param name="Parameters">The parameters, in order.</param>
/// <param name="Shape">How completion is observed.</param>
/// <param name="Operation">The operation name.</param>
/// <param name="Audit">The audit record settings, or <see langword="null"/> without <c>[Audit]</c>.</param>
/// <param name="Performance">The slow-call settings, or <see langword="null"/> without <c>[TrackPerformance]</c>.</param>
/// <param name="Logger">Where the logger comes from.</param>
/// <param name="LoggedValues">The parameter values in the record, in order.</param>
/// <param name="Prefix">The prefix of every identifier the wrapper adds (locals, fields): no member of the type and no
/// parameter or type parameter of the method starts with it, so generated names cannot collide with the user's.</param>
/// <param name="ExistingAttributes">The attributes the generator would add that the user already put on the method.</param>
/// <param name="NeedsUnsafe">Whether the signature mentions pointers. The user's unsafe context may be the type, which
/// our part of it must then repeat; the method itself cannot differ from its declaration (CS0764).</param>
/// <param name="IsStub">Whether the method has a problem the analyzer reports as an error: it gets an implementation
/// that throws <c>NotSupportedException</c>, so the compiler's CS8795 cannot hide that diagnostic.</param>
/// <param name="ExperimentalIds">The diagnostic ids of <c>[Experimental]</c> APIs the signature uses, suppressed in the
/// generated file (the user opted into them at the declaration).</param>
internal sealed record AuditMethodSpec(
    string Name,
    string CoreName,
    string CoreQualifier,
    string SortKey,
    string Modifiers,
    string ReturnType,
    string TypeParameters,
    string ConstraintClauses,
    EquatableArray<ParameterSpec> Parameters,
    ReturnShape Shape,
    string Operation,
    AuditRecordSpec? Audit,
    PerformanceSpec? Performance,
    LoggerSpec Logger,
    EquatableArray<LoggedValueSpec> LoggedValues,
    string Prefix,
    GeneratedAttributes ExistingAttributes,
    bool NeedsUnsafe,
    bool IsStub,
    EquatableArray<string> ExperimentalIds = default);
