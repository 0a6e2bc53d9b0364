using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Analyzers.Secrets;

/// <summary>Which members of an object a route leaves out of the log, by the attributes that route honours.</summary>
internal static class ObjectMembers
{
    public static bool IsLeftOut(IPropertySymbol property, ObjectRoute route)
    {
        foreach (AttributeData attribute in property.GetAttributes())
        {
            string? name = attribute.AttributeClass?.Name;
            bool leftOut = route switch
            {
                // Destructurama.Attributed (and AuditGen's own [NotLogged]); masked or replaced members show no secret.
                ObjectRoute.Destructured => name is "NotLoggedAttribute" or "LogMaskedAttribute" or "LogReplacedAttribute",
                ObjectRoute.Serialized => name == "IgnoreDataMemberAttribute" || (name == "JsonIgnoreAttribute" && IgnoresAlways(attribute)),
                _ => false,
            };
            if (leftOut)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The element type of an array or a generic collection (a dictionary's value type), or <see langword="null"/>.</summary>
    public static ITypeSymbol? ElementType(ITypeSymbol? type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType;
        }

        if (type is null || type.SpecialType == SpecialType.System_String)
        {
            return null;
        }

        foreach (INamedTypeSymbol implemented in type.AllInterfaces)
        {
            if (implemented is { Name: "IEnumerable", Arity: 1, ContainingNamespace: { Name: "Generic", ContainingNamespace.Name: "Collections" } })
            {
                ITypeSymbol element = implemented.TypeArguments[0];
                return element is INamedTypeSymbol { Name: "KeyValuePair", Arity: 2 } pair ? pair.TypeArguments[1] : element;
            }
        }

        return null;
    }

    // System.Text.Json's [JsonIgnore(Condition = WhenWritingNull)] still writes a value that is set: only the default
    // condition (Always, 0) leaves the member out. Newtonsoft's [JsonIgnore] has no condition.
    private static bool IgnoresAlways(AttributeData attribute)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == "Condition" && argument.Value.Value is int condition && condition != 0)
            {
                return false;
            }
        }

        return true;
    }
}
