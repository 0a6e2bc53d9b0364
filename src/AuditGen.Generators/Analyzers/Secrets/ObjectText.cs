using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AuditGen.Generators.Analyzers.Secrets;

/// <summary>
/// What a provider prints for an object logged whole (<c>{Request}</c>, not destructured): its <c>ToString()</c>. A
/// record's synthesized one prints every public member; a class or struct without an override prints its type name; an
/// override in source prints what its body reads — a member it passes through a redacting call, or does not mention,
/// is not printed; an override that serializes <c>this</c> (<c>=&gt; LogSerializer.Serialize(this)</c>) prints every
/// serialized member except one the type only ever sets through a redacting call. An override compiled into a library
/// is trusted, except for a credential-typed member: the framework's <c>HttpRequestMessage.ToString()</c> prints its headers.
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
        if (body is null)
        {
            return !trustCompiled;
        }

        // ToString() => LogSerializer.Serialize(this): the text is every serialized member, whatever the body names.
        return SerializesItself(body)
            ? !ObjectMembers.IsLeftOut(property, ObjectRoute.Serialized) && !AssignedOnlyThroughBarrier(type, property.Name, cancellationToken)
            : MentionsUnredacted(body, property.Name);
    }

    private static bool SerializesItself(SyntaxNode body) =>
        body.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(invocation =>
            Name(invocation.Expression) is { } name
            && Rules.NameFallback.SerializerMethods.Contains(name)
            && invocation.ArgumentList.Arguments.Any(a => a.Expression is ThisExpressionSyntax));

    // AuthorizationCode = request.Code.Obfuscate(): a member the type itself only ever sets through a redacting call
    // holds the redacted form (members set from outside the type are not seen here, and keep counting).
    private static bool AssignedOnlyThroughBarrier(INamedTypeSymbol type, string member, CancellationToken cancellationToken)
    {
        bool any = false;
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            foreach (AssignmentExpressionSyntax assignment in reference.GetSyntax(cancellationToken).DescendantNodes().OfType<AssignmentExpressionSyntax>())
            {
                string? target = assignment.Left switch
                {
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access => access.Name.Identifier.ValueText,
                    _ => null,
                };
                if (target != member)
                {
                    continue;
                }

                ExpressionSyntax value = assignment.Right;
                if (value is BinaryExpressionSyntax { Right: LiteralExpressionSyntax } coalesce && coalesce.IsKind(SyntaxKind.CoalesceExpression))
                {
                    value = coalesce.Left; // code?.Obfuscate() ?? ""
                }

                value = value is ConditionalAccessExpressionSyntax conditional ? conditional.WhenNotNull : value;
                if (value is not InvocationExpressionSyntax call || Name(call.Expression) is not { } name || !Rules.NameFallback.IsSanitizingName(name))
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
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
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };
}
