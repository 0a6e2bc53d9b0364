using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AuditGen.Generators.Analyzers.Secrets;

/// <summary>
/// What a provider prints for an object logged whole (<c>{Request}</c>, not destructured): its <c>ToString()</c>. A
/// record's synthesized one prints every public member; a class or struct without an override prints its type name; an
/// override in source prints what its body reads — a member it passes through a redacting call, or does not mention,
/// is not printed. An override compiled into a library is trusted, except for a credential-typed member: the framework's
/// <c>HttpRequestMessage.ToString()</c> prints its headers.
/// </summary>
internal static class ObjectText
{
    public static bool Prints(INamedTypeSymbol type, IPropertySymbol property, bool trustCompiled, CancellationToken cancellationToken)
    {
        if (type.IsAnonymousType)
        {
            return true;
        }

        IMethodSymbol? printer = Printer(type);
        if (printer is null)
        {
            return type.IsRecord;
        }

        if (printer.IsImplicitlyDeclared)
        {
            return true; // a record's synthesized ToString or PrintMembers
        }

        SyntaxNode? body = printer.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken);
        return body is null ? !trustCompiled : MentionsUnredacted(body, property.Name);
    }

    // The method that decides the text: a record's own PrintMembers, else the nearest ToString() override.
    private static IMethodSymbol? Printer(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            if (current.IsRecord && current.GetMembers("PrintMembers").OfType<IMethodSymbol>().FirstOrDefault(m => !m.IsImplicitlyDeclared) is { } printMembers)
            {
                return printMembers;
            }

            if (current.GetMembers("ToString").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.Length == 0 && m.IsOverride) is { } toString)
            {
                return toString;
            }
        }

        return null;
    }

    private static bool MentionsUnredacted(SyntaxNode body, string member)
    {
        foreach (IdentifierNameSyntax identifier in body.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.ValueText == member && !IsInsideRedactingCall(identifier, body))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInsideRedactingCall(SyntaxNode node, SyntaxNode body)
    {
        for (SyntaxNode? current = node.Parent; current is not null && current != body; current = current.Parent)
        {
            if (current is InvocationExpressionSyntax invocation && Name(invocation.Expression) is { } name && Rules.NameFallback.IsSanitizingName(name))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Name(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => null,
    };
}
