namespace AuditGen.Generators.Model;

/// <summary>Where the wrapper gets its logger.</summary>
internal enum LoggerSource
{
    /// <summary>An <c>ILogger</c> parameter of the method.</summary>
    Parameter,

    /// <summary>The one <c>ILogger</c> field or property of the type.</summary>
    Member,

    /// <summary>The <c>ILogger</c> primary-constructor parameter of the type.</summary>
    PrimaryConstructorParameter,

    /// <summary><c>AuditLog.UseLoggerFactory</c>, through a per-type cached logger.</summary>
    Fallback,
}

/// <summary>The logger the wrapper writes to.</summary>
/// <param name="Source">Where it comes from.</param>
/// <param name="Expression">The expression that reads it in the wrapper (empty for <see cref="LoggerSource.Fallback"/>).</param>
internal sealed record LoggerSpec(LoggerSource Source, string Expression);
