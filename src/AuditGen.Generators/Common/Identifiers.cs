using Microsoft.CodeAnalysis.CSharp;

namespace AuditGen.Generators.Common;

/// <summary>Identifier helpers for emitted code.</summary>
internal static class Identifiers
{
    /// <summary>Prefixes reserved keywords with <c>@</c> so that names such as <c>@class</c> stay valid identifiers.</summary>
    public static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}
