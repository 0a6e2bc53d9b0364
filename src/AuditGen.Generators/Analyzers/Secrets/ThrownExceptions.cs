using System;
using System.Collections.Generic;
using AuditGen.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AuditGen.Generators.Analyzers.Secrets;

/// <summary>
/// Which exception creations end up thrown, and which of their constructor arguments become the exception's
/// <see cref="Exception.Message"/>. Used by <see cref="SecretInExceptionAnalyzer"/>.
/// </summary>
internal static class ThrownExceptions
{
    /// <summary>
    /// Whether the created exception is thrown: <c>throw new X(…)</c>, <c>?? throw new X(…)</c>, through a conditional,
    /// a local that the same body throws, the inner exception of a thrown one (its <c>ToString()</c> prints the inner
    /// one's), handed to a task (<c>Task.FromException</c>, <c>SetException</c>: awaiting rethrows it), or returned by an
    /// exception factory (a method, local function or lambda whose return type is an exception: its callers throw what
    /// it returns). An exception created and only logged, stored or passed on is not judged here: whether it is ever
    /// thrown is not visible from the method.
    /// </summary>
    /// <param name="creation">The exception creation.</param>
    /// <param name="containingSymbol">The member whose body contains it.</param>
    /// <returns><see langword="true"/> when the value is thrown.</returns>
    public static bool IsThrown(IObjectCreationOperation creation, ISymbol containingSymbol)
    {
        IOperation current = creation;
        IOperation? parent = creation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation
            || (parent is IConditionalOperation conditional && conditional.Condition != current)
            || (parent is ICoalesceOperation coalesce && (coalesce.WhenNull == current || coalesce.Value == current)))
        {
            current = parent;
            parent = parent.Parent;
        }

        return parent switch
        {
            IThrowOperation => true,
            IReturnOperation { Kind: OperationKind.Return } returned => ReturnTypeOf(returned, containingSymbol) is { } type && KnownTypes.IsException(type),
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => IsLocalThrown(declarator.Symbol, creation),
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment when assignment.Value == current => IsLocalThrown(local.Local, creation),
            IArgumentOperation { Parent: IObjectCreationOperation outer } when outer.Type is { } type && KnownTypes.IsException(type) => IsThrown(outer, containingSymbol),
            IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "FromException" or "SetException" or "TrySetException" } } => true,
            _ => false,
        };
    }

    /// <summary>
    /// The arguments that end up in the message: parameters named like a message (<c>message</c>, <c>errorMessage</c>,
    /// <c>format</c> and the <c>params</c> values after it) and <c>actualValue</c>, which
    /// <see cref="ArgumentOutOfRangeException"/> appends to its message. A constructor with none of these (a custom
    /// exception) has its first string parameter judged, unless that parameter holds a name (<c>paramName</c>,
    /// <c>objectName</c>): a name is not the value.
    /// </summary>
    /// <param name="creation">The exception creation.</param>
    /// <returns>The message arguments; empty for a parameterless or non-string constructor.</returns>
    public static IReadOnlyList<IArgumentOperation> MessageArguments(IObjectCreationOperation creation)
    {
        var arguments = new List<IArgumentOperation>();
        bool afterFormat = false;
        foreach (IArgumentOperation argument in creation.Arguments)
        {
            string name = argument.Parameter?.Name ?? string.Empty;
            bool isText = argument.Parameter?.Type.SpecialType == SpecialType.System_String;
            bool isFormat = isText && name.IndexOf("format", StringComparison.OrdinalIgnoreCase) >= 0;
            if ((isText && name.IndexOf("message", StringComparison.OrdinalIgnoreCase) >= 0) || isFormat || name == "actualValue"
                || (afterFormat && argument.Parameter is { IsParams: true }))
            {
                arguments.Add(argument);
            }

            afterFormat |= isFormat;
        }

        if (arguments.Count == 0)
        {
            foreach (IArgumentOperation argument in creation.Arguments)
            {
                if (argument.Parameter is { Type.SpecialType: SpecialType.System_String } parameter)
                {
                    if (!parameter.Name.EndsWith("Name", StringComparison.OrdinalIgnoreCase))
                    {
                        arguments.Add(argument);
                    }

                    break;
                }
            }
        }

        return arguments;
    }

    // The declared return type of the function that a return belongs to: the nearest lambda or local function around
    // it, else the member being analyzed.
    private static ITypeSymbol? ReturnTypeOf(IReturnOperation returned, ISymbol containingSymbol)
    {
        for (IOperation? current = returned.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IAnonymousFunctionOperation lambda:
                    return lambda.Symbol.ReturnType;
                case ILocalFunctionOperation local:
                    return local.Symbol.ReturnType;
            }
        }

        return containingSymbol is IMethodSymbol method ? method.ReturnType : null;
    }

    // var error = new X(…); … throw error;  — searched within the body that declares the creation.
    private static bool IsLocalThrown(ILocalSymbol local, IOperation creation)
    {
        IOperation root = creation;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        foreach (IOperation operation in root.Descendants())
        {
            if (operation is IThrowOperation { Exception: { } thrown }
                && SecretDetector.Unwrap(thrown) is ILocalReferenceOperation reference
                && SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                return true;
            }
        }

        return false;
    }
}
