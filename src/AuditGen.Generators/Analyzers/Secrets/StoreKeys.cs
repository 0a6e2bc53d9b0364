using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AuditGen.Generators.Analyzers.Secrets;

/// <summary>
/// A parameter's name says what the value <em>is</em> only when the analyzers can see where it comes from. A method that
/// implements (or overrides) a contract declared in another assembly is called from there: the contract's name for the
/// parameter (<c>userCode</c>) says what it is about, not in which form the callers pass it, and stores are routinely
/// handed a hash of an issued code or handle (IdentityServer's device-flow store receives <c>userCode.Sha256()</c>).
/// When such a method also uses the parameter as a lookup key — compares a stored item's member with it
/// (<c>codes.Where(x =&gt; x.UserCode == userCode)</c>) — its name alone is no evidence. Its type, a <c>[Sensitive]</c>
/// mark, a credential literal and everything the value flows from inside the method still are; a parameter that is
/// not compared with stored items (an SMS sender's <c>code</c>) and a same-assembly contract keep their names.
/// </summary>
internal static class StoreKeys
{
    /// <summary>Whether <paramref name="parameter"/> is a lookup key of another assembly's contract.</summary>
    public static bool IsForeignLookupKey(IParameterSymbol parameter, CancellationToken cancellationToken) =>
        parameter.ContainingSymbol is IMethodSymbol method
        && ImplementsForeignContract(method)
        && ComparesWithStoredMember(method, parameter.Name, cancellationToken);

    private static bool ImplementsForeignContract(IMethodSymbol method)
    {
        IAssemblySymbol assembly = method.ContainingAssembly;
        for (IMethodSymbol? overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
        {
            if (!SymbolEqualityComparer.Default.Equals(overridden.ContainingAssembly, assembly))
            {
                return true;
            }
        }

        INamedTypeSymbol type = method.ContainingType;
        foreach (INamedTypeSymbol contract in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(contract.ContainingAssembly, assembly))
            {
                continue;
            }

            foreach (ISymbol member in contract.GetMembers(method.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), method))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // x => x.UserCode == userCode: an equality inside a lambda between the parameter and a member of the lambda's item.
    private static bool ComparesWithStoredMember(IMethodSymbol method, string parameter, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
        {
            foreach (BinaryExpressionSyntax equality in reference.GetSyntax(cancellationToken).DescendantNodes().OfType<BinaryExpressionSyntax>())
            {
                if (equality.IsKind(SyntaxKind.EqualsExpression)
                    && equality.Ancestors().Any(a => a is LambdaExpressionSyntax)
                    && ((IsParameter(equality.Left, parameter) && equality.Right is MemberAccessExpressionSyntax)
                        || (IsParameter(equality.Right, parameter) && equality.Left is MemberAccessExpressionSyntax)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsParameter(ExpressionSyntax expression, string name) =>
        expression is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name;
}
