using System;

namespace AuditGen;

/// <summary>
/// Marks the parameter that names who performs an audited call (a user id, a service principal): its value is written
/// under the actor key (<c>Actor</c>, or <c>enduser.id</c> in the OpenTelemetry key profile) instead of its own name, and
/// takes precedence over <see cref="AuditContext.ActorId"/>. The value is still judged by the sensitivity rules: an
/// email marked as the actor is hashed or masked like any email.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class AuditActorAttribute : Attribute
{
}
