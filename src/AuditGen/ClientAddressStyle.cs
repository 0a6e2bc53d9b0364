namespace AuditGen;

/// <summary>How audit records write <see cref="AuditContext.ClientAddress"/>; set with <see cref="AuditLog.UseClientAddressStyle"/>.</summary>
public enum ClientAddressStyle
{
    /// <summary>The network, not the host (the default): IPv4 keeps 24 bits (<c>203.0.113.0</c>), IPv6 keeps 48
    /// (<c>2001:db8:85a3::</c>). Enough to see a burst of failed logins from one network, not enough to name a person.</summary>
    Truncated = 0,

    /// <summary>The keyed hash of the address in the <c>client.address</c> domain once <see cref="AuditLog.UseKeyedHashRedaction"/>
    /// is on (equal addresses correlate), else the mask.</summary>
    Pseudonymized = 1,

    /// <summary>The address as it is. Choose it only where the records' store may hold personal data.</summary>
    Full = 2,

    /// <summary>No client address key at all.</summary>
    Omitted = 3,
}
