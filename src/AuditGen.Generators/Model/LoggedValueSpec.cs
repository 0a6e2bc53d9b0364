namespace AuditGen.Generators.Model;

/// <summary>One key/value pair of the audit record, after the record's own keys.</summary>
/// <param name="Key">The state key and message placeholder, e.g. <c>email</c> or <c>request.Email</c>; unique
/// (case-insensitively) among the record's keys, including <c>Operation</c>, <c>Outcome</c>, <c>DurationMs</c> and <c>Sensitive</c>.</param>
/// <param name="Expression">The argument expression, valid inside the wrapper, that captures the value unformatted.</param>
/// <param name="Mode">Whether the value is written as is, redacted, or as presence only.</param>
/// <param name="Parameter">The name of the parameter logged whole, or empty for a property of a <c>[LogProperties]</c> parameter.</param>
/// <param name="Facts">What the sensitivity policy judges the value by; <see cref="Mode"/> and <see cref="Detail"/> are its verdict.</param>
/// <param name="Detail">What the mode needs beyond its character: a hash domain or a mask shape.</param>
internal sealed record LoggedValueSpec(string Key, string Expression, LoggedValueMode Mode, string Parameter, Sensitivity.ValueFacts? Facts = null, string? Detail = null);
