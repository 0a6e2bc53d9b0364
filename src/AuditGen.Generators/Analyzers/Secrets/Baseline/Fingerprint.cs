using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AuditGen.Generators.Analyzers.Secrets.Baseline;

/// <summary>
/// The identity of a secret finding that survives ordinary edits, so a baseline written today still matches tomorrow:
/// <c>rule|path relative to the project|Namespace.Type.Member|reported text without whitespace</c>, e.g.
/// <c>AG1001|Services/Reset.cs|Shop.Reset.Send|resetToken</c>.
/// </summary>
/// <remarks>
/// No line numbers (inserting a line above would change them) and no parameter lists (adding a parameter is not a new
/// leak). The cost: overloads, and two identical leaks in one member, share one fingerprint, so one baseline line covers
/// both. The path is relative so that every clone and CI agent computes the same text, whatever its checkout folder.
/// </remarks>
internal static class Fingerprint
{
    /// <summary>The diagnostic property that carries the fingerprint (read back from the SARIF log when writing a baseline).</summary>
    public const string Property = "AuditGen.Fingerprint";

    public static string For(string ruleId, Location location, string? projectDirectory, CancellationToken cancellationToken)
    {
        SyntaxTree tree = location.SourceTree ?? throw new ArgumentException("A secret finding is always in source.", nameof(location));
        SyntaxNode node = tree.GetRoot(cancellationToken).FindNode(location.SourceSpan, getInnermostNodeForTie: true);
        string text = tree.GetText(cancellationToken).ToString(location.SourceSpan);
        return ruleId + "|" + RelativePath(tree.FilePath, projectDirectory) + "|" + ContainingMember(node) + "|" + WithoutWhitespace(text);
    }

    /// <summary>
    /// <paramref name="filePath"/> relative to <paramref name="directory"/> with forward slashes (<c>../</c> for a linked
    /// file outside it); the file name alone when there is no directory or no common root (another drive).
    /// </summary>
    public static string RelativePath(string filePath, string? directory)
    {
        string[] file = filePath.Replace('\\', '/').Split('/');
        if (string.IsNullOrEmpty(directory))
        {
            return file[file.Length - 1];
        }

        string[] from = directory!.Replace('\\', '/').TrimEnd('/').Split('/');
        int common = 0;

        // Ignoring case keeps "c:/src" and "C:/src" (two tools spelling one Windows path) equal; on Linux two folders
        // that differ only in case are rare enough not to matter here.
        while (common < from.Length && common < file.Length - 1 && string.Equals(from[common], file[common], StringComparison.OrdinalIgnoreCase))
        {
            common++;
        }

        if (common == 0)
        {
            return file[file.Length - 1];
        }

        var parts = new List<string>();
        for (int i = common; i < from.Length; i++)
        {
            parts.Add("..");
        }

        for (int i = common; i < file.Length; i++)
        {
            parts.Add(file[i]);
        }

        return string.Join("/", parts);
    }

    /// <summary>
    /// <c>Namespace.Type.Member</c> from the syntax around <paramref name="node"/>: names only (no parameters, no type
    /// arguments), accessors, local functions and lambdas counted as their member, <c>&lt;top-level&gt;</c> for top-level
    /// statements. Syntax, not symbols: it needs no semantic model and cannot differ between two builds of one text.
    /// </summary>
    public static string ContainingMember(SyntaxNode node)
    {
        var names = new List<string>();
        foreach (SyntaxNode ancestor in node.AncestorsAndSelf())
        {
            string? name = ancestor switch
            {
                // The member: only the innermost one counts (a local function's name is not part of the identity).
                MethodDeclarationSyntax method when names.Count == 0 => method.Identifier.ValueText,
                ConstructorDeclarationSyntax constructor when names.Count == 0 => constructor.Modifiers.Any(SyntaxKind.StaticKeyword) ? ".cctor" : ".ctor",
                DestructorDeclarationSyntax when names.Count == 0 => "Finalize",
                PropertyDeclarationSyntax property when names.Count == 0 => property.Identifier.ValueText,
                IndexerDeclarationSyntax when names.Count == 0 => "this[]",
                EventDeclarationSyntax @event when names.Count == 0 => @event.Identifier.ValueText,
                OperatorDeclarationSyntax @operator when names.Count == 0 => "operator" + @operator.OperatorToken.ValueText,
                ConversionOperatorDeclarationSyntax conversion when names.Count == 0 => "op_" + conversion.ImplicitOrExplicitKeyword.ValueText + "_" + WithoutWhitespace(conversion.Type.ToString()),
                VariableDeclaratorSyntax field when names.Count == 0 && field.Parent?.Parent is BaseFieldDeclarationSyntax => field.Identifier.ValueText,
                EnumMemberDeclarationSyntax member when names.Count == 0 => member.Identifier.ValueText,
                GlobalStatementSyntax when names.Count == 0 => "<top-level>",

                // The containers, innermost first (reversed below).
                BaseTypeDeclarationSyntax type => type.Identifier.ValueText,
                DelegateDeclarationSyntax @delegate => @delegate.Identifier.ValueText,
                BaseNamespaceDeclarationSyntax @namespace => WithoutWhitespace(@namespace.Name.ToString()),
                _ => null,
            };

            if (name is not null)
            {
                names.Add(name);
            }
        }

        names.Reverse();
        return string.Join(".", names);
    }

    /// <summary>The text with every whitespace character removed: reformatting or re-wrapping a call keeps its fingerprint.</summary>
    public static string WithoutWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
