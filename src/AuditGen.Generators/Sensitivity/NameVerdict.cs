using System;

namespace AuditGen.Generators.Sensitivity;

/// <summary>What a name says about the value it holds.</summary>
internal enum NameSensitivity
{
    /// <summary>Nothing sensitive, or the name describes a secret rather than holds it (<c>tokenType</c>).</summary>
    None,

    /// <summary>A personal identifier (email, client address, user id): masked or pseudonymized, never a credential.</summary>
    Personal,

    /// <summary>A credential (password, token, key, one-time code, cookie, authorization value, connection string):
    /// always masked, never hashed.</summary>
    Secret,
}

/// <summary>The verdict on one name, with a short description of what it holds ("a token") for diagnostics.</summary>
internal readonly struct NameVerdict : IEquatable<NameVerdict>
{
    public NameVerdict(NameSensitivity sensitivity, string? label)
    {
        Sensitivity = sensitivity;
        Label = label;
    }

    public static NameVerdict None => default;

    public NameSensitivity Sensitivity { get; }

    public string? Label { get; }

    public bool IsSecret => Sensitivity == NameSensitivity.Secret;

    public static NameVerdict Secret(string label) => new(NameSensitivity.Secret, label);

    public static NameVerdict Personal(string label) => new(NameSensitivity.Personal, label);

    public bool Equals(NameVerdict other) => Sensitivity == other.Sensitivity && Label == other.Label;

    public override bool Equals(object? obj) => obj is NameVerdict other && Equals(other);

    public override int GetHashCode() => ((int)Sensitivity * 397) ^ (Label?.GetHashCode() ?? 0);
}
