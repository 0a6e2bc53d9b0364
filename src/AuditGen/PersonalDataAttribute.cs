using System;

namespace AuditGen;

/// <summary>
/// Marks a personal identifier (an email, a client address, a customer id): AuditGen masks it in audit records, or
/// writes its keyed hash once <c>AuditLog.UseKeyedHashRedaction</c> is on. Unlike a credential
/// (<see cref="SensitiveAttribute"/>), an identifier may be pseudonymized so that records about the same person can be
/// correlated without storing who it is.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class PersonalDataAttribute : Attribute
{
    /// <summary>
    /// Gets or sets the hash domain. By default each record key is its own domain, so the same value hashes differently
    /// under <c>email</c> and <c>recoveryEmail</c> and a value logged in one place cannot be matched with another. Name a
    /// domain (the same on purpose in several places, e.g. <c>"email"</c>) to correlate those places.
    /// </summary>
    public string? CorrelationDomain { get; set; }
}
