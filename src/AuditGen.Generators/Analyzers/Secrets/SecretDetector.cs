using AuditGen.Generators.Sensitivity;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AuditGen.Generators.Analyzers.Secrets.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AuditGen.Generators.Analyzers.Secrets;

/// <summary>
/// Decides whether the value of an expression is a secret, following it inside the method: through locals, string
/// building (interpolation, concatenation, Format, Trim…) and conversions, until a sanitizer (hashing, redaction,
/// Length, comparisons) makes it safe.
/// </summary>
internal sealed partial class SecretDetector(SecretTypes types, Parsing.KnownTypes known, SensitivityPolicy names, CancellationToken cancellationToken)
{
    /// <summary>Gets the name vocabulary in force for the analyzed file.</summary>
    public SensitivityPolicy Names => names;

    /// <summary>Gets the analysis's cancellation token.</summary>
    public CancellationToken Cancellation => cancellationToken;

    private const int MaxDepth = 6;

    private HashSet<ILocalSymbol>? _visitingLocals;

    /// <summary>The evidence that <paramref name="operation"/> carries a secret, or <see langword="null"/>.</summary>
    public SecretFinding? Find(IOperation? operation) => Find(operation, 0);

    /// <summary>Whether the value is known to be safe to log: redacted, hashed, a length, a flag, an enum, a type or a constant.</summary>
    public static bool IsProvenSafe(IOperation? operation)
    {
        operation = Unwrap(operation);
        return operation is null
            || (operation.Type is { } type && IsHarmless(type))
            || operation.ConstantValue.HasValue
            || (operation is IInvocationOperation invocation && SecretRules.RoleOf(invocation.TargetMethod) == MemberRole.Barrier)
            || (operation is IPropertyReferenceOperation property && SecretRules.RoleOf(property.Property, out _) == MemberRole.Barrier);
    }

    private SecretFinding? Find(IOperation? operation, int depth)
    {
        operation = Unwrap(operation);
        if (operation is null || depth > MaxDepth || IsNeverSecret(operation.Type))
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();

        // A constant is what it says, whatever it is called (const string OtpPurpose = "otp"): judge its text only.
        if (operation.ConstantValue.HasValue)
        {
            return operation.ConstantValue.Value is string constant && SecretLiterals.Match(constant) is { } literal
                ? new SecretFinding(SecretKind.Literal, "A string constant", literal, operation.Syntax)
                : null;
        }

        SecretFinding? finding = operation switch
        {
            IParameterReferenceOperation parameter => FromSymbol(parameter.Parameter, parameter.Parameter.Type, operation.Syntax),
            ILocalReferenceOperation local => FromSymbol(local.Local, local.Local.Type, operation.Syntax) ?? FromLocalFlow(local, depth),
            IFieldReferenceOperation field => FromSymbol(field.Field, field.Field.Type, operation.Syntax),
            IPropertyReferenceOperation { Property.IsIndexer: true } indexer => FromIndexer(indexer, depth),
            IPropertyReferenceOperation { Instance: { } collection } member when IsCollectionMember(member.Property) => Find(collection, depth + 1),
            IPropertyReferenceOperation property => FromProperty(property, depth),
            IConditionalAccessOperation conditional => Find(conditional.WhenNotNull, depth + 1),
            IInvocationOperation invocation => FromInvocation(invocation, depth),
            IInterpolatedStringOperation interpolated => FromInterpolation(interpolated, depth),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String =>
                FromConcatenation(binary, depth),
            IConditionalOperation conditional => Find(conditional.WhenTrue, depth + 1) ?? Find(conditional.WhenFalse, depth + 1),
            ICoalesceOperation coalesce => Find(coalesce.Value, depth + 1) ?? Find(coalesce.WhenNull, depth + 1),
            IAwaitOperation awaited => Find(awaited.Operation, depth + 1),
            IObjectCreationOperation creation => FromCreation(creation, depth),
            IAnonymousObjectCreationOperation anonymous => FromAnonymousObject(anonymous, depth),
            IArrayCreationOperation { Initializer: { } initializer } => FirstOf(initializer.ElementValues, depth),
            ITupleOperation tuple => FirstOf(tuple.Elements, depth),
            _ => null,
        };

        return finding ?? FromType(operation.Type, operation.Syntax);
    }

    private SecretFinding? FromProperty(IPropertyReferenceOperation property, int depth) =>
        SecretRules.RoleOf(property.Property, out string? source) switch
        {
            MemberRole.Barrier => null,
            MemberRole.Source => new SecretFinding(SecretKind.Type, Subject(property.Syntax), source ?? "a secret", property.Syntax),
            _ => FromSymbol(property.Property, property.Property.Type, property.Syntax) ?? FromOwner(property, depth)
                ?? FromReturnedValue(property.Property, property, depth),
        };

    // card.Number, token.Value, authorization.Parameter, cookie.Value: a generic property of a secretly named or
    // credential-typed instance is that secret.
    private SecretFinding? FromOwner(IPropertyReferenceOperation property, int depth)
    {
        // A Key property names an entry (a grouping's, a persisted grant's, a configuration section's key) unless it holds
        // key material, which is bytes (SymmetricSecurityKey.Key).
        if (!SecretRules.IsGenericValueProperty(property.Property.Name)
            || (property.Property.Name == "Key" && !PrintedValues.IsBytes(ValueShapes.UnwrapNullable(property.Property.Type))))
        {
            return null;
        }

        // configuration.GetSection("Jwt:Key").Value, Request.QueryString.Value
        if (property.Instance is IInvocationOperation or IPropertyReferenceOperation && Find(property.Instance, depth + 1) is { } owner)
        {
            return owner;
        }

        if (types.Describe(property.Instance?.Type) is { } holder)
        {
            return new SecretFinding(SecretKind.Type, Subject(property.Syntax), $"the value of {holder}", property.Syntax);
        }

        return NameOf(property.Instance) is { } name && names.Classify(name + property.Property.Name) is { } description
            ? new SecretFinding(SecretKind.Name, $"'{name}.{property.Property.Name}'", description, property.Syntax)
            : null;
    }

    /// <summary>The name of a local, parameter, field or property reference, or <see langword="null"/>.</summary>
    public static string? NameOf(IOperation? operation) => Unwrap(operation) switch
    {
        ILocalReferenceOperation local => local.Local.Name,
        IParameterReferenceOperation parameter => parameter.Parameter.Name,
        IFieldReferenceOperation field => field.Field.Name,
        IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property.Name,
        _ => null,
    };

    private SecretFinding? FirstOf(IEnumerable<IOperation> operations, int depth)
    {
        foreach (IOperation operation in operations)
        {
            if (Find(operation, depth + 1) is { } finding)
            {
                return finding;
            }
        }

        return null;
    }

    private SecretFinding? FromInterpolation(IInterpolatedStringOperation interpolated, int depth)
    {
        string? pendingKey = null;
        foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
        {
            if (part is IInterpolatedStringTextOperation { Text.ConstantValue.Value: string text })
            {
                if (SecretLiterals.Match(text) is { } literal)
                {
                    return new SecretFinding(SecretKind.Literal, "The message text", literal, part.Syntax);
                }

                pendingKey = SecretLiterals.TrailingKey(text);
            }
            else if (part is IInterpolationOperation hole)
            {
                if (Find(hole.Expression, depth + 1) is { } finding)
                {
                    return finding;
                }

                if (FromKey(pendingKey, hole.Expression) is { } keyed)
                {
                    return keyed;
                }

                pendingKey = null;
            }
        }

        return null;
    }

    private SecretFinding? FromConcatenation(IBinaryOperation binary, int depth)
    {
        if (Find(binary.LeftOperand, depth + 1) is { } left)
        {
            return left;
        }

        string? key = TrailingText(binary.LeftOperand) is { } text ? SecretLiterals.TrailingKey(text) : null;
        return FromKey(key, binary.RightOperand) ?? Find(binary.RightOperand, depth + 1);
    }

    // The literal text a string expression ends with: "user=" + id + "&pwd=" ends with "&pwd=".
    private static string? TrailingText(IOperation? operation) => Unwrap(operation) switch
    {
        { ConstantValue: { HasValue: true, Value: string text } } => text,
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary => TrailingText(binary.RightOperand),
        IInterpolatedStringOperation interpolated when interpolated.Parts.LastOrDefault() is IInterpolatedStringTextOperation { Text.ConstantValue.Value: string last } => last,
        _ => null,
    };

    // "…password=" + value: the value is whatever the key names, unless it is provably harmless.
    private SecretFinding? FromKey(string? key, IOperation value) =>
        key is not null && names.Classify(key) is { } description && !IsProvenSafe(value)
        && !(key.IndexOf(' ') >= 0 && NameRules.IsUnpairedKey(key)) // "Captured keys=": prose about lookup keys
        && !NameRules.IsIssuerEndpoint(key) // "with tokenExchangeUrl=": an endpoint
        && !RefinesKey(NameOf(value), key)
            ? new SecretFinding(SecretKind.Name, $"The value after '{key}='", description, value.Syntax)
            : null;

    // "(Code: {response.ErrorCode})", "token=" + pageToken: a value whose own name ends with the key's word and
    // qualifies it says which kind it is; when that compound is no secret, the key's word is not evidence either.
    private bool RefinesKey(string? valueName, string key)
    {
        if (valueName is null || names.Classify(valueName) is not null)
        {
            return false;
        }

        string word = key.Split([' ', '_', '-', '.', ':', '(', '['], System.StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
        return word.Length > 0 && valueName.Length > word.Length && valueName.EndsWith(word, System.StringComparison.OrdinalIgnoreCase);
    }

    // new Uri($"…?api_key={key}") and new StringBuilder(token) hold what they were given; any other object is
    // written as it prints, whatever its constructor took (a log entry built with a sensitive-values filter).
    private SecretFinding? FromCreation(IObjectCreationOperation creation, int depth) =>
        FromType(creation.Type, creation.Syntax)
        ?? (creation.Type is null || PrintedValues.NameSpeaksFor(creation.Type) || Parsing.KnownTypes.IsException(creation.Type)
            ? FirstOf(ArgumentValues(creation.Arguments), depth)
            : FromMembers(creation.Type, creation.Syntax, ObjectRoute.Printed));

    private static IEnumerable<IOperation> ArgumentValues(IEnumerable<IArgumentOperation> arguments)
    {
        foreach (IArgumentOperation argument in arguments)
        {
            yield return argument.Value;
        }
    }

    // settings.Keys, sessions.Values: a collection's own members are named after its structure, not its contents, so
    // they are as secret as the collection is (apiKeys.Values is; settings.Keys is not).
    // Walks the namespace chain instead of formatting it: this runs for every property reference a log call carries.
    private static bool IsCollectionMember(IPropertySymbol property)
    {
        for (INamespaceSymbol? ns = property.ContainingType?.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (ns is { Name: "Collections", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Looks through conversions (boxing to object, implicit string conversions) and parentheses.</summary>
    public static IOperation? Unwrap(IOperation? operation)
    {
        while (operation is IConversionOperation or IParenthesizedOperation)
        {
            operation = operation is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)operation).Operand;
        }

        return operation;
    }

    private bool IsNeverSecret(ITypeSymbol? type) =>
        type is not null
        && (IsHarmless(type)
            || SymbolEqualityComparer.Default.Equals(type, types.CancellationToken)
            || known.IsLogger(type));

    // Facts (booleans, enums: HttpStatusCode, TokenKind) as the policy defines them, and code rather than data (a
    // System.Type, a CancellationToken), whatever they are called or whatever text precedes them: "job key: " +
    // typeof(T) and "Status code: " + response.StatusCode carry no secret.
    private static bool IsHarmless(ITypeSymbol type) =>
        ValueShapes.IsFact(type)
        || type is { Name: "Type", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }
        || type is { Name: "CancellationToken", ContainingNamespace.Name: "Threading" };
}
