using System;

namespace AuditGen;

/// <summary>
/// Lets a parameter of a <c>[Audit(..., Sensitive = true)]</c> operation be logged. It lifts only the operation-wide
/// redaction: a value that is <see cref="SensitiveAttribute"/>, classified, or named like a secret stays redacted.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class LoggedAttribute : Attribute
{
}
