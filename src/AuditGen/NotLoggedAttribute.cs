using System;

namespace AuditGen;

/// <summary>Keeps a parameter out of the audit record entirely: neither its value nor its name appears.</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class NotLoggedAttribute : Attribute
{
}
