using System;

namespace AuditGen;

/// <summary>
/// Marks the parameter that names the resource an audited call acts on (the account being reset, the order being
/// refunded): its value is written under the target key (<c>Target</c>, or <c>auditgen.target</c> in the OpenTelemetry
/// key profile) instead of its own name. The value is still judged by the sensitivity rules.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class AuditTargetAttribute : Attribute
{
}
