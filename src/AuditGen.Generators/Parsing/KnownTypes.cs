using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Parsing;

/// <summary>The symbols AuditGen looks for, resolved once per compilation. Never stored in a pipeline model.</summary>
internal sealed class KnownTypes
{
    private Sensitivity.SecretTypes? _secretTypes;

    private KnownTypes(Compilation compilation)
    {
        Compilation = compilation;
        AuditAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.AuditAttribute);
        TrackPerformanceAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.TrackPerformanceAttribute);
        SensitiveAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.SensitiveAttribute);
        NotLoggedAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.NotLoggedAttribute);
        LoggedAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.LoggedAttribute);
        LogPropertiesAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.LogPropertiesAttribute);
        PersonalDataAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.PersonalDataAttribute);
        MaskedAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.MaskedAttribute);
        AuditActorAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.AuditActorAttribute);
        AuditTargetAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.AuditTargetAttribute);
        DataClassificationAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.DataClassificationAttribute);
        ILogger = compilation.GetTypeByMetadataName(KnownTypeNames.ILogger);
        Task = compilation.GetTypeByMetadataName(KnownTypeNames.Task);
        TaskOfT = compilation.GetTypeByMetadataName(KnownTypeNames.TaskOfT);
        ValueTask = compilation.GetTypeByMetadataName(KnownTypeNames.ValueTask);
        ValueTaskOfT = compilation.GetTypeByMetadataName(KnownTypeNames.ValueTaskOfT);
        IAsyncEnumerableOfT = compilation.GetTypeByMetadataName(KnownTypeNames.IAsyncEnumerableOfT);
        IAsyncEnumeratorOfT = compilation.GetTypeByMetadataName(KnownTypeNames.IAsyncEnumeratorOfT);
        CancellationToken = compilation.GetTypeByMetadataName(KnownTypeNames.CancellationToken);
        CancellationTokenSource = compilation.GetTypeByMetadataName(KnownTypeNames.CancellationTokenSource);
        Nullable = compilation.GetSpecialType(SpecialType.System_Nullable_T);
    }

    /// <summary>Gets the compilation the symbols come from (for the rules' look at the declaration's own errors).</summary>
    public Compilation Compilation { get; }

    public INamedTypeSymbol? AuditAttribute { get; }

    public INamedTypeSymbol? TrackPerformanceAttribute { get; }

    public INamedTypeSymbol? SensitiveAttribute { get; }

    public INamedTypeSymbol? NotLoggedAttribute { get; }

    public INamedTypeSymbol? LoggedAttribute { get; }

    public INamedTypeSymbol? LogPropertiesAttribute { get; }

    public INamedTypeSymbol? DataClassificationAttribute { get; }

    public INamedTypeSymbol? PersonalDataAttribute { get; }

    public INamedTypeSymbol? MaskedAttribute { get; }

    public INamedTypeSymbol? AuditActorAttribute { get; }

    public INamedTypeSymbol? AuditTargetAttribute { get; }

    /// <summary>Gets the framework credential types (headers, cookies, credentials), shared with the analyzers.</summary>
    public Sensitivity.SecretTypes SecretTypes => _secretTypes ??= new Sensitivity.SecretTypes(Compilation);

    public INamedTypeSymbol? ILogger { get; }

    public INamedTypeSymbol? Task { get; }

    public INamedTypeSymbol? TaskOfT { get; }

    public INamedTypeSymbol? ValueTask { get; }

    public INamedTypeSymbol? ValueTaskOfT { get; }

    public INamedTypeSymbol? IAsyncEnumerableOfT { get; }

    public INamedTypeSymbol? IAsyncEnumeratorOfT { get; }

    public INamedTypeSymbol? CancellationToken { get; }

    public INamedTypeSymbol? CancellationTokenSource { get; }

    public INamedTypeSymbol? Nullable { get; }

    public static KnownTypes From(Compilation compilation) => new(compilation);

    public bool IsLogger(ITypeSymbol? type)
    {
        // A ref struct implementing ILogger cannot be converted to ILogger, so it cannot be the wrapper's logger.
        if (ILogger is null || type is null || type.IsRefLikeType)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type, ILogger))
        {
            return true;
        }

        foreach (INamedTypeSymbol implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, ILogger))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> is the resolved <paramref name="known"/> type (false when it did not resolve).</summary>
    public static bool Is(ITypeSymbol type, INamedTypeSymbol? known) =>
        known is not null && SymbolEqualityComparer.Default.Equals(type, known);

    /// <summary>Whether the type is <see cref="System.Exception"/> or derives from it.</summary>
    public static bool IsException(ITypeSymbol type)
    {
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (current is { Name: "Exception", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attribute) =>
        attribute is not null && FindAttribute(symbol, attribute) is not null;

    public static AttributeData? FindAttribute(ISymbol symbol, INamedTypeSymbol? attribute)
    {
        if (attribute is null)
        {
            return null;
        }

        foreach (AttributeData data in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
            {
                return data;
            }
        }

        return null;
    }

    /// <summary>Whether the symbol carries a <c>DataClassificationAttribute</c> or any attribute derived from it.</summary>
    public bool HasDataClassification(ISymbol symbol)
    {
        if (DataClassificationAttribute is null)
        {
            return false;
        }

        foreach (AttributeData data in symbol.GetAttributes())
        {
            for (INamedTypeSymbol? type = data.AttributeClass; type is not null; type = type.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(type, DataClassificationAttribute))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
