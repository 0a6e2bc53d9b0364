namespace AuditGen.Samples.AuthApi;

/// <summary>The service's settings, bound from the <c>AuthApi</c> configuration section (appsettings, environment, command line).</summary>
public sealed class AuthApiOptions
{
    public const string Section = "AuthApi";

    /// <summary>The SQLite file. Default: a new file in the temp folder, created and seeded on start.</summary>
    public string? Database { get; set; }

    /// <summary>How client IPs appear in logs: <see cref="ClientIpMode.Truncate"/> (default), <see cref="ClientIpMode.Hash"/> or <see cref="ClientIpMode.Full"/>.</summary>
    public ClientIpMode ClientIpMode { get; set; } = ClientIpMode.Truncate;

    /// <summary>Requests per client IP per <see cref="RateLimitWindowSeconds"/> on the /auth endpoints.</summary>
    public int RateLimitPermits { get; set; } = 10;

    public int RateLimitWindowSeconds { get; set; } = 60;

    /// <summary>The demo account seeded into an empty database (<c>demo@example.com</c>); empty to seed nothing.</summary>
    public string DemoPassword { get; set; } = "Demo-Password-2026";

    /// <summary>Lifetime of reset tokens and one-time codes.</summary>
    public int TokenLifetimeMinutes { get; set; } = 15;
}

/// <summary>How a client IP is written to logs.</summary>
public enum ClientIpMode
{
    /// <summary>IPv4 without its last octet (203.0.113.0), IPv6 kept to its /48 prefix.</summary>
    Truncate,

    /// <summary>A keyed hash (AuditLog.Pseudonymize in the "client.address" domain, with keyed-hash redaction on), to count repeats without storing the address.</summary>
    Hash,

    /// <summary>The address as is (only where policy allows it).</summary>
    Full,
}
