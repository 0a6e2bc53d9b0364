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
            return new LoggerSpec(LoggerAccess.Parameter, Identifiers.Escape(parameter.Name), string.Empty);
        }

        // Names declared by more derived types hide the members of the same name further up: this.X would find those.
        var hidden = new HashSet<string>(System.StringComparer.Ordinal);
        for (INamedTypeSymbol? type = method.ContainingType; type is not null; type = type.BaseType)
        {
            List<ISymbol> members = LoggerMembers(type, method, known).Where(m => !hidden.Contains(m.Name)).ToList();
            hidden.UnionWith(type.MemberNames);
            if (members.Count > 1)
            {
                ambiguous = members.Select(m => m.Name).ToList();
                return Fallback;
            }

            if (members.Count == 1)
            {
                return ForMember(members[0], type);
            }
        }

        if (!method.IsStatic && FindPrimaryConstructorLogger(method.ContainingType, known) is { } primary)
        {
            return new LoggerSpec(LoggerAccess.PrimaryConstructorParameter, Identifiers.Escape(primary), string.Empty);
        }

        return Fallback;
    }

    private static readonly LoggerSpec Fallback = new(LoggerAccess.Fallback, string.Empty, string.Empty);

    // Always qualified (this., Type.) so that a parameter with the same name cannot shadow the member; properties are
    // read through a guarded getter, since a getter may throw.
    private static LoggerSpec ForMember(ISymbol member, INamedTypeSymbol declaringType)
    {
        string qualifier = SignatureParser.TypeName(declaringType);
        if (member is IPropertySymbol property)
        {
            if (property.ExplicitInterfaceImplementations.FirstOrDefault() is { } implemented)
            {
                return new LoggerSpec(LoggerAccess.InstanceProperty, Identifiers.Escape(implemented.Name), SignatureParser.TypeName(implemented.ContainingType));
            }

            if (property.IsStatic)
            {
                return new LoggerSpec(LoggerAccess.StaticProperty, Identifiers.Escape(property.Name), qualifier);
            }

            // A ref struct cannot be handed to the generic getter: read its property directly.
            return declaringType.IsRefLikeType
                ? new LoggerSpec(LoggerAccess.InstanceField, Identifiers.Escape(property.Name), string.Empty)
                : new LoggerSpec(LoggerAccess.InstanceProperty, Identifiers.Escape(property.Name), string.Empty);
        }

        return member.IsStatic
            ? new LoggerSpec(LoggerAccess.StaticField, Identifiers.Escape(member.Name), qualifier)
            : new LoggerSpec(LoggerAccess.InstanceField, Identifiers.Escape(member.Name), string.Empty);
    }

    private static List<ISymbol> LoggerMembers(INamedTypeSymbol type, IMethodSymbol method, KnownTypes known)
    {
        bool inherited = !SymbolEqualityComparer.Default.Equals(type, method.ContainingType);
        var result = new List<ISymbol>();
        foreach (ISymbol member in type.GetMembers())
        {
            // Our own members (the primary-constructor logger's reader) exist once the generator has run, in the IDE
            // and in analyzers: they must not count as the user's loggers.
            if ((member.IsImplicitlyDeclared && member is not IPropertySymbol) || AuditMethodRules.IsGeneratedByAuditGen(member))
            {
                continue;
            }

            if ((method.IsStatic && !member.IsStatic) || (inherited && member.DeclaredAccessibility == Accessibility.Private))
            {
                continue;
            }

            // A property must be readable from the audited method's type (a private getter of a base class is not); a
            // ref struct cannot hand itself to the guarded getter, so it may only use fields and plain properties.
            ITypeSymbol? memberType = member switch
            {
                IFieldSymbol field when field.AssociatedSymbol is null => field.Type,
                IPropertySymbol property when !property.IsIndexer && property.GetMethod is { } getter
                    && known.Compilation.IsSymbolAccessibleWithin(getter, method.ContainingType)
                    && !(method.ContainingType.IsRefLikeType && property.ExplicitInterfaceImplementations.Length > 0)
                    && (property.IsStatic || !TypeChecks.IsNotTypeArgument(method.ContainingType)) => property.Type,
                _ => null,
            };
            if (known.IsLogger(memberType))
            {
                result.Add(member);
            }
        }

        return result;
    }

    /// <summary>
    /// Whether a member may read the primary-constructor parameter without changing the program: no member of the
    /// type or its bases hides it, and it is neither passed to the base constructor (CS9107) nor used to initialize a
    /// field or property (CS9124), where capturing it as well would be a warning in generated code.
    /// </summary>
    private static bool IsReadableFromMembers(INamedTypeSymbol type, string name, SyntaxNode declaration)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (current.MemberNames.Contains(name))
            {
                return false;
            }
        }

        var typeDeclaration = (TypeDeclarationSyntax)declaration;
        IEnumerable<SyntaxNode> initializers = typeDeclaration.Members
            .SelectMany(m => m switch
            {
                FieldDeclarationSyntax field => field.Declaration.Variables.Select(v => (SyntaxNode?)v.Initializer),
                PropertyDeclarationSyntax property => [property.Initializer],
                EventFieldDeclarationSyntax e => e.Declaration.Variables.Select(v => (SyntaxNode?)v.Initializer),
                _ => [],
            })
            .Where(n => n is not null)
            .Select(n => n!);
        IEnumerable<SyntaxNode> baseArguments = typeDeclaration.BaseList?.Types.OfType<PrimaryConstructorBaseTypeSyntax>() ?? [];
        return !initializers.Concat(baseArguments)
            .SelectMany(n => n.DescendantNodes())
            .OfType<IdentifierNameSyntax>()
            .Any(i => i.Identifier.ValueText == name);
    }

    // Capturing a parameter adds a field, which an explicit layout would need an offset for (CS0625).
    private static bool HasExplicitLayout(INamedTypeSymbol type) =>
        type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.Runtime.InteropServices.StructLayoutAttribute"
            && a.ConstructorArguments.Length == 1 && a.ConstructorArguments[0].Value is 2 /* LayoutKind.Explicit */);

    // An in/ref primary-constructor parameter cannot be captured at all (CS9109).
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
                    return logger is { RefKind: RefKind.None } && !HasExplicitLayout(type) && IsReadableFromMembers(type, logger.Name, reference.GetSyntax())
                        ? logger.Name
                        : null;
                }
            }
        }

        return null;
    }
}
