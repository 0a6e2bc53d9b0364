namespace AuditGen.Generators.Analyzers.Secrets;

/// <summary>How an object logged whole is written out, which decides which of its members reach the log.</summary>
internal enum ObjectRoute
{
    /// <summary>Its <c>ToString()</c>: what Microsoft.Extensions.Logging's providers (console, JSON, OpenTelemetry)
    /// write for <c>{X}</c> and, lacking a destructuring provider, for <c>{@X}</c> too.</summary>
    Printed,

    /// <summary>Member by member (Serilog's and NLog's <c>{@X}</c>): every public property, except those
    /// Destructurama's attributes (<c>[NotLogged]</c>, <c>[LogMasked]</c>, <c>[LogReplaced]</c>) hide.</summary>
    Destructured,

    /// <summary>By a JSON serializer: every public property, except those <c>[JsonIgnore]</c> (always) or
    /// <c>[IgnoreDataMember]</c> leaves out.</summary>
    Serialized,
}
