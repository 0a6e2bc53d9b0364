using System.Composition;
using AuditGen.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AuditGen.CodeFixes;

/// <summary>AG0005: makes the Core method private, so callers cannot bypass the audited wrapper.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeCorePrivateCodeFix)), Shared]
public sealed class MakeCorePrivateCodeFix : MethodCodeFix
{
    /// <inheritdoc />
    protected override string DiagnosticId => DiagnosticIds.CoreMustBePrivate;

    /// <inheritdoc />
    protected override string Title(MethodDeclarationSyntax method) => $"Make '{method.Identifier.ValueText}' private";

    /// <inheritdoc />
    protected override SyntaxNode Fix(SyntaxNode root, MethodDeclarationSyntax method) =>
        root.ReplaceNode(method, SyntaxEdits.WithModifierKinds(method, SyntaxEdits.AsPrivate(SyntaxEdits.Kinds(method.Modifiers))));
}
