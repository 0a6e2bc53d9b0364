using System;

namespace AuditGen;

/// <summary>Keeps a parameter, or a property of a <c>[LogProperties]</c> argument, out of the audit record entirely:
/// neither its value nor its name appears.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class NotLoggedAttribute : Attribute
{
}
