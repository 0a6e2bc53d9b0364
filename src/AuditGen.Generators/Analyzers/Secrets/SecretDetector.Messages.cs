using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AuditGen.Generators.Analyzers.Secrets;

internal sealed partial class SecretDetector
{
    /// <summary>
    /// Every secret a message built from parts carries, one finding per part: each interpolation hole, concatenation
    /// operand and <c>string.Format</c>/<c>string.Concat</c> argument is judged on its own, so that each secret is
    /// reported (and can be redacted) where it enters the text. <see cref="Find(IOperation?)"/> stops at the first one.
    /// </summary>
    /// <param name="message">The message expression.</param>
    /// <returns>The secret parts with their evidence, in source order; empty when the message is clean.</returns>
    public IReadOnlyList<(IOperation Part, SecretFinding Finding)> FindInMessage(IOperation message)
    {
        var found = new List<(IOperation Part, SecretFinding Finding)>();
        CollectParts(message, found, 0);
        return found;
    }

    private void CollectParts(IOperation? operation, List<(IOperation Part, SecretFinding Finding)> found, int depth)
    {
        operation = Unwrap(operation);
        if (operation is null)
        {
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        switch (operation)
        {
            case IInterpolatedStringOperation interpolated when depth <= MaxDepth:
                CollectInterpolation(interpolated, found, depth);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when depth <= MaxDepth && binary.Type?.SpecialType == SpecialType.System_String:
                CollectConcatenation(binary, found, depth);
                break;
            case IInvocationOperation { TargetMethod: { Name: "Format" or "Concat", ContainingType.SpecialType: SpecialType.System_String } } building when depth <= MaxDepth:
                foreach (IArgumentOperation argument in building.Arguments)
                {
                    CollectArgument(argument, found, depth);
                }

                break;
            case IConditionalOperation conditional when depth <= MaxDepth:
                CollectParts(conditional.WhenTrue, found, depth + 1);
                CollectParts(conditional.WhenFalse, found, depth + 1);
                break;
            case ICoalesceOperation coalesce when depth <= MaxDepth:
                CollectParts(coalesce.Value, found, depth + 1);
                CollectParts(coalesce.WhenNull, found, depth + 1);
                break;
            default:
                if (Find(operation) is { } finding)
                {
                    found.Add((operation, finding));
                }

                break;
        }
    }

    // string.Format("pw {0}", password): with the arguments expanded into a params array, each element is its own part.
    private void CollectArgument(IArgumentOperation argument, List<(IOperation Part, SecretFinding Finding)> found, int depth)
    {
        if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } elements })
        {
            foreach (IOperation element in elements.ElementValues)
            {
                CollectParts(element, found, depth + 1);
            }
        }
        else
        {
            CollectParts(argument.Value, found, depth + 1);
        }
    }

    private void CollectInterpolation(IInterpolatedStringOperation interpolated, List<(IOperation Part, SecretFinding Finding)> found, int depth)
    {
        string? pendingKey = null;
        foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
        {
            if (part is IInterpolatedStringTextOperation { Text.ConstantValue.Value: string text })
            {
                if (SecretLiterals.Match(text) is { } literal)
                {
                    found.Add((part, new SecretFinding(SecretKind.Literal, "The message text", literal, part.Syntax)));
                }

                pendingKey = SecretLiterals.TrailingKey(text);
            }
            else if (part is IInterpolationOperation hole)
            {
                CollectValue(hole.Expression, pendingKey, found, depth);
                pendingKey = null;
            }
        }
    }

    private void CollectConcatenation(IBinaryOperation binary, List<(IOperation Part, SecretFinding Finding)> found, int depth)
    {
        var operands = new List<IOperation>();
        Flatten(binary, operands);
        string? pendingKey = null;
        foreach (IOperation operand in operands)
        {
            CollectValue(operand, pendingKey, found, depth);
            pendingKey = TrailingText(operand) is { } text ? SecretLiterals.TrailingKey(text) : null;
        }
    }

    // A value placed after "…token=" is that secret even when its own name says nothing.
    private void CollectValue(IOperation value, string? key, List<(IOperation Part, SecretFinding Finding)> found, int depth)
    {
        int before = found.Count;
        CollectParts(value, found, depth + 1);
        if (found.Count == before && FromKey(key, value) is { } keyed)
        {
            found.Add((Unwrap(value) ?? value, keyed));
        }
    }

    // "a" + b + "c" + d is ((("a" + b) + "c") + d): its operands, left to right. The left spine is walked without
    // recursion, so a long generated concatenation cannot exhaust the stack.
    private static void Flatten(IBinaryOperation binary, List<IOperation> operands)
    {
        var rights = new Stack<IOperation>();
        IOperation current = binary;
        while (Unwrap(current) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add && add.Type?.SpecialType == SpecialType.System_String)
        {
            rights.Push(add.RightOperand);
            current = add.LeftOperand;
        }

        operands.Add(current);
        while (rights.Count > 0)
        {
            operands.Add(rights.Pop());
        }
    }
}
