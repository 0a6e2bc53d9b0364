using System.Composition;
using AuditGen.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AuditGen.CodeFixes;

/// <summary>AG0002 (reported on the audited method): adds <c>partial</c> to every type that contains the method.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeTypePartialCodeFix)), Shared]
public sealed class MakeTypePartialCodeFix : MethodCodeFix
{
    /// <inheritdoc />
    protected override string DiagnosticId => DiagnosticIds.TypeMustBePartial;

    /// <inheritdoc />
    protected override bool CanFix(MethodDeclarationSyntax method) => method.Parent is TypeDeclarationSyntax;

    /// <inheritdoc />
    protected override string Title(MethodDeclarationSyntax method) =>
        $"Make '{((TypeDeclarationSyntax)method.Parent!).Identifier.ValueText}' and its containing types partial";

    /// <inheritdoc />
    protected override SyntaxNode Fix(SyntaxNode root, MethodDeclarationSyntax method) =>
        SyntaxEdits.MakeTypesPartial(root, (TypeDeclarationSyntax)method.Parent!);
}
