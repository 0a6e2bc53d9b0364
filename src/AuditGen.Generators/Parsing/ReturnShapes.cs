using System.Linq;
using AuditGen.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Parsing;

/// <summary>Classifies a method's return type into a <see cref="ReturnShape"/>, or explains why it is unsupported.</summary>
internal static class ReturnShapes
{
    public static ReturnShape? Classify(IMethodSymbol method, KnownTypes known, out string? unsupportedReason)
    {
        unsupportedReason = null;
        if (method.ReturnsByRef || method.ReturnsByRefReadonly)
        {
            unsupportedReason = "ref returns are not supported";
            return null;
        }

        if (method.ReturnsVoid)
        {
            return ReturnShape.Void;
        }

        ITypeSymbol type = method.ReturnType;
        ITypeSymbol definition = type.OriginalDefinition;
        if (KnownTypes.Is(type, known.Task))
        {
            return ReturnShape.Task;
        }

        if (KnownTypes.Is(definition, known.TaskOfT))
        {
            return ReturnShape.TaskOfT;
        }

        if (KnownTypes.Is(type, known.ValueTask))
        {
            return ReturnShape.ValueTask;
        }

        if (KnownTypes.Is(definition, known.ValueTaskOfT))
        {
            return ReturnShape.ValueTaskOfT;
        }

        if (KnownTypes.Is(definition, known.IAsyncEnumerableOfT) || KnownTypes.Is(definition, known.IAsyncEnumeratorOfT))
        {
            unsupportedReason = "async streams complete long after the call returns, so they cannot be measured per call";
            return null;
        }

        if (IsCustomAwaitable(type))
        {
            unsupportedReason = $"'{type.ToDisplayString()}' is awaitable but is not Task, Task<T>, ValueTask or ValueTask<T>";
            return null;
        }

        return ReturnShape.Value;
    }

    public static bool IsAwaitable(ReturnShape shape) => shape is not (ReturnShape.Void or ReturnShape.Value);


    // Any other type with an instance GetAwaiter, declared or inherited (a class deriving from Task), or a nullable
    // awaitable struct: its completion cannot be observed by a wrapper that only knows the four task types.
    private static bool IsCustomAwaitable(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers("GetAwaiter").OfType<IMethodSymbol>().Any(m => m.Parameters.IsEmpty && !m.IsStatic))
            {
                return true;
            }
        }

        return false;
    }
}
