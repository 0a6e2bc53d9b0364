using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AuditGen.Generators.Analyzers.Secrets;

internal sealed partial class SecretDetector
{
    private SecretFinding? FromInvocation(IInvocationOperation invocation, int depth)
    {
        IMethodSymbol method = invocation.TargetMethod;
        if (Sanitizers.IsSanitizer(method))
        {
            return null;
        }

        if (Sanitizers.IsRevealing(method))
        {
            return new SecretFinding(SecretKind.Name, $"'{method.Name}(...)'", "decrypted data", invocation.Syntax);
        }

        if (method.Name == "GetConnectionString")
        {
            return new SecretFinding(SecretKind.Type, $"'{invocation.Syntax}'", "a connection string", invocation.Syntax);
        }

        if (Sanitizers.IsSerializer(method) && invocation.Arguments.FirstOrDefault() is { } serialized)
        {
            return Find(serialized.Value, depth + 1)
                ?? FromMembers(Unwrap(serialized.Value)?.Type, invocation.Syntax, destructured: true);
        }

        if (Sanitizers.IsPassThrough(method))
        {
            return Find(invocation.Instance, depth + 1) ?? FirstOf(ArgumentValues(invocation.Arguments), depth);
        }

        if (Sanitizers.IsKeyedGetter(method)
            && invocation.Arguments.FirstOrDefault(a => a.Value.ConstantValue.Value is string)?.Value.ConstantValue.Value is string key
            && names.Classify(key) is { } keyed)
        {
            return new SecretFinding(SecretKind.Name, $"The value of '{key}'", keyed, invocation.Syntax);
        }

        // GetPassword(), GenerateResetTokenAsync(): the method says what it returns.
        string name = method.Name.EndsWith("Async", System.StringComparison.Ordinal) ? method.Name.Substring(0, method.Name.Length - 5) : method.Name;
        if (names.Classify(name) is { } description && !method.ReturnsVoid)
        {
            return new SecretFinding(SecretKind.Name, $"'{method.Name}()'", description, invocation.Syntax);
        }

        return invocation.Arguments.Length == 0 && !method.ReturnsVoid ? FromReturnedValue(method, invocation, depth) : null;
    }
}
