namespace AuditGen.Generators.Model;

/// <summary>How the wrapper reaches its logger.</summary>
internal enum LoggerAccess
{
    /// <summary>An <c>ILogger</c> parameter of the method: <see cref="LoggerSpec.Member"/> is its (escaped) name.</summary>
    Parameter,

    /// <summary>An instance field: <c>this.Member</c>.</summary>
    InstanceField,

    /// <summary>A static field: <c>Qualifier.Member</c>.</summary>
    StaticField,

    /// <summary>An instance property, read through a guarded getter (<c>Qualifier</c> is the interface of an explicit implementation, else empty).</summary>
    InstanceProperty,

    /// <summary>A static property, read through a guarded getter: <c>Qualifier.Member</c>.</summary>
    StaticProperty,

    /// <summary>The type's <c>ILogger</c> primary-constructor parameter, read through a generated property, since a
    /// parameter of the method may shadow it.</summary>
    PrimaryConstructorParameter,

    /// <summary><c>AuditLog.UseLoggerFactory</c>, through the descriptor's cached logger.</summary>
    Fallback,
}

/// <summary>The logger the wrapper writes to.</summary>
/// <param name="Access">How it is reached.</param>
/// <param name="Member">The escaped name of the parameter, field, property or primary-constructor parameter; empty for <see cref="LoggerAccess.Fallback"/>.</param>
/// <param name="Qualifier">The fully qualified declaring type (static members) or interface (explicit implementations), else empty.</param>
internal sealed record LoggerSpec(LoggerAccess Access, string Member, string Qualifier);
