using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Analyzers.Secrets;

/// <summary>The kinds of evidence that a value is a secret; each maps to one AG1xxx diagnostic.</summary>
internal enum SecretKind
{
    /// <summary>Its name (parameter, local, member, key, method) says it is a secret.</summary>
    Name,

    /// <summary>It is marked <c>[Sensitive]</c> or carries a <c>DataClassificationAttribute</c>.</summary>
    Marked,

    /// <summary>Its type holds secrets (SecureString, NetworkCredential, HTTP headers, connection strings).</summary>
    Type,

    /// <summary>Its text looks like a credential (JWT, private key, connection-string password, cloud key).</summary>
    Literal,

    /// <summary>It is an object whose printed or destructured form includes a secret member.</summary>
    ObjectMembers,
}

/// <summary>Why a value is a secret.</summary>
/// <param name="Kind">The kind of evidence.</param>
/// <param name="Subject">What to name in the message, e.g. <c>'resetToken'</c>.</param>
/// <param name="Description">What it is, e.g. <c>a token</c>.</param>
/// <param name="Origin">The innermost syntax that carries the secret.</param>
internal sealed record SecretFinding(SecretKind Kind, string Subject, string Description, SyntaxNode Origin);
