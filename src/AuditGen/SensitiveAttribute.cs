using System;

namespace AuditGen;

/// <summary>Marks data whose value must never appear in a log: AuditGen always redacts it, and the analyzers treat it as a secret.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class SensitiveAttribute : Attribute
{
}
