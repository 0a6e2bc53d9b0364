using System;

namespace AuditGen;

/// <summary>
/// Logs the public scalar properties of a class, record or struct parameter as <c>parameter.Property</c>, each under the
/// same redaction rules as a parameter. Without it, such arguments are logged only as present or null, never via <c>ToString()</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class LogPropertiesAttribute : Attribute
{
}
