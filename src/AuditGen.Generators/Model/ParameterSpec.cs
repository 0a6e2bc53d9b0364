namespace AuditGen.Generators.Model;

/// <summary>One parameter of the audited method, as re-declared by the implementing part.</summary>
/// <param name="Name">The parameter name, escaped with <c>@</c> when it is a keyword.</param>
/// <param name="Type">The fully qualified type, with nullable annotations.</param>
/// <param name="Modifiers">Modifiers written before the type (<c>ref</c>, <c>in</c>, <c>out</c>, <c>params</c>, <c>this</c>, <c>scoped</c>), with a trailing space, or empty.</param>
/// <param name="ArgumentPrefix">What the call to <c>Core</c> writes before the argument (<c>ref </c>, <c>out </c>, <c>in </c>) or empty.</param>
internal sealed record ParameterSpec(string Name, string Type, string Modifiers, string ArgumentPrefix);
