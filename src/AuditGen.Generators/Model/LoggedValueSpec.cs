namespace AuditGen.Generators.Model;

/// <summary>One key/value pair of the audit record, after the method's own keys.</summary>
/// <param name="Parameter">The (escaped) name of the parameter the value is read from.</param>
/// <param name="Key">The state key and message placeholder, e.g. <c>email</c> or <c>request.Email</c>.</param>
/// <param name="Expression">The C# expression, valid inside the wrapper, that reads the value.</param>
/// <param name="FieldType">Fully qualified type of the state field that stores it (a nullable string when not <see cref="LoggedValueMode.Plain"/>).</param>
/// <param name="Mode">Whether the value is written as is, redacted, or as presence only.</param>
internal sealed record LoggedValueSpec(string Parameter, string Key, string Expression, string FieldType, LoggedValueMode Mode);
