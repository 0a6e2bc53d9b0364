using AuditGen.Generators.Sensitivity;
using System.Linq;
using Microsoft.CodeAnalysis;
using AuditGen.Generators.Analyzers.Secrets.Rules;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AuditGen.Generators.Analyzers.Secrets;

internal sealed partial class SecretDetector
{
    private SecretFinding? FromInvocation(IInvocationOperation invocation, int depth)
    {
        IMethodSymbol method = invocation.TargetMethod;
        switch (SecretRules.RoleOf(method, out string? source))
        {
            case MemberRole.Barrier:
                return null;
            case MemberRole.Source:
                return new SecretFinding(SecretKind.Type, Subject(invocation.Syntax), source ?? "a secret", invocation.Syntax);
            case MemberRole.Serializer when invocation.Arguments.FirstOrDefault() is { } serialized:
                return Find(serialized.Value, depth + 1)
                    ?? FromMembers(Unwrap(serialized.Value)?.Type, invocation.Syntax, ObjectRoute.Serialized);
            case MemberRole.PassThrough:
                return Find(invocation.Instance, depth + 1) ?? FirstOf(ArgumentValues(invocation.Arguments), depth);
            case MemberRole.KeyedGetter
                when invocation.Arguments.FirstOrDefault(a => a.Value.ConstantValue.Value is string)?.Value.ConstantValue.Value is string key
                    && names.Classify(key) is { } keyed:
                return new SecretFinding(SecretKind.Name, $"The value of '{key}'", keyed, invocation.Syntax);
        }

        if (FromReflectedMembers(invocation) is { } reflected)
        {
            return reflected;
        }

        // GetPassword(), GenerateResetTokenAsync(): the method says what it returns.
        string name = method.Name.EndsWith("Async", System.StringComparison.Ordinal) ? method.Name.Substring(0, method.Name.Length - 5) : method.Name;
        if (names.Classify(name) is { } description && !method.ReturnsVoid
            && (!NameRules.Classify(name).IsSecret || NameRules.EndsWithSecret(name)))
        {
            return new SecretFinding(SecretKind.Name, $"'{method.Name}()'", description, invocation.Syntax);
        }

        return invocation.Arguments.Length == 0 && !method.ReturnsVoid ? FromReturnedValue(method, invocation, depth) : null;
    }

    // foreach (var property in typeof(T).GetProperties()) … property.GetValue(message): a loop over every property reads
    // each one of them, as a serializer would (a single property fetched by name is not judged this way).
    private SecretFinding? FromReflectedMembers(IInvocationOperation invocation)
    {
        if (invocation.TargetMethod is not { Name: "GetValue", ContainingType: { Name: "PropertyInfo", ContainingNamespace.Name: "Reflection" } }
            || Unwrap(invocation.Instance) is not ILocalReferenceOperation { Local: var local }
            || local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is not ForEachStatementSyntax
            {
                Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetProperties" } },
            }
            || invocation.Arguments.FirstOrDefault() is not { } target)
        {
            return null;
        }

        return FromMembers(Unwrap(target.Value)?.Type, invocation.Syntax, ObjectRoute.Serialized) is { } finding
            ? finding with { Description = finding.Description.Replace(" serialized ", " read property by property ") }
            : null;
    }
}
