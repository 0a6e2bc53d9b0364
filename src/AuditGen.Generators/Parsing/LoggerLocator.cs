using System.Collections.Generic;
using System.Linq;
using AuditGen.Generators.Common;
using AuditGen.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AuditGen.Generators.Parsing;

/// <summary>
/// Finds the logger of an audited method: an <c>ILogger</c> parameter; else the one <c>ILogger</c> field or property of
/// the type (or, failing that, of its nearest base type that has one); else the type's <c>ILogger</c> primary-constructor
/// parameter; else the fallback factory.
/// </summary>
internal static class LoggerLocator
{
    /// <summary>Locates the logger; <paramref name="ambiguous"/> lists the candidates when more than one member qualifies.</summary>
    public static LoggerSpec Locate(IMethodSymbol method, KnownTypes known, out IReadOnlyList<string> ambiguous)
    {
        ambiguous = [];
        IParameterSymbol? parameter = method.Parameters.FirstOrDefault(p => p.RefKind == RefKind.None && known.IsLogger(p.Type));
        if (parameter is not null)
        {
            return new LoggerSpec(LoggerSource.Parameter, Identifiers.Escape(parameter.Name));
        }

        for (INamedTypeSymbol? type = method.ContainingType; type is not null; type = type.BaseType)
        {
            List<ISymbol> members = LoggerMembers(type, method, known);
            if (members.Count > 1)
            {
                ambiguous = members.Select(m => m.Name).ToList();
                return new LoggerSpec(LoggerSource.Fallback, string.Empty);
            }

            if (members.Count == 1)
            {
                string qualifier = method.IsStatic ? string.Empty : "this.";
                return new LoggerSpec(LoggerSource.Member, qualifier + Identifiers.Escape(members[0].Name));
            }
        }

        if (!method.IsStatic && FindPrimaryConstructorLogger(method.ContainingType, known) is { } primary)
        {
            return new LoggerSpec(LoggerSource.PrimaryConstructorParameter, Identifiers.Escape(primary));
        }

        return new LoggerSpec(LoggerSource.Fallback, string.Empty);
    }

    private static List<ISymbol> LoggerMembers(INamedTypeSymbol type, IMethodSymbol method, KnownTypes known)
    {
        bool inherited = !SymbolEqualityComparer.Default.Equals(type, method.ContainingType);
        var result = new List<ISymbol>();
        foreach (ISymbol member in type.GetMembers())
        {
            if (member.IsImplicitlyDeclared && member is not IPropertySymbol)
            {
                continue;
            }

            if ((method.IsStatic && !member.IsStatic) || (inherited && member.DeclaredAccessibility == Accessibility.Private))
            {
                continue;
            }

            ITypeSymbol? memberType = member switch
            {
                IFieldSymbol field when field.AssociatedSymbol is null => field.Type,
                IPropertySymbol property when !property.IsIndexer && property.GetMethod is not null => property.Type,
                _ => null,
            };
            if (known.IsLogger(memberType))
            {
                result.Add(member);
            }
        }

        return result;
    }

    private static string? FindPrimaryConstructorLogger(INamedTypeSymbol type, KnownTypes known)
    {
        if (type.IsRecord)
        {
            return null;
        }

        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not TypeDeclarationSyntax { ParameterList: { } parameters })
            {
                continue;
            }

            foreach (IMethodSymbol constructor in type.InstanceConstructors)
            {
                if (constructor.Parameters.Length == parameters.Parameters.Count
                    && constructor.DeclaringSyntaxReferences.Any(r => r.GetSyntax() == reference.GetSyntax()))
                {
                    IParameterSymbol? logger = constructor.Parameters.FirstOrDefault(p => known.IsLogger(p.Type));
                    return logger?.Name;
                }
            }
        }

        return null;
    }
}
