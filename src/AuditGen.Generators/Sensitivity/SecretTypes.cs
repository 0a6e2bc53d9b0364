using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Sensitivity;

/// <summary>Framework types whose values are credentials whatever they are called, resolved once per compilation: the
/// analyzers flag them and the generator masks them (never expanding them with <c>[LogProperties]</c>).</summary>
internal sealed class SecretTypes
{
    private readonly (INamedTypeSymbol? Type, string Description)[] _types;
    private readonly ConcurrentDictionary<ITypeSymbol, string?> _cache = new(SymbolEqualityComparer.Default);
    private readonly System.Func<ITypeSymbol, string?> _describe;

    public SecretTypes(Compilation compilation)
    {
        _types =
        [
            (compilation.GetTypeByMetadataName("System.Security.SecureString"), "a SecureString"),
            (compilation.GetTypeByMetadataName("System.Net.NetworkCredential"), "a NetworkCredential"),
            (compilation.GetTypeByMetadataName("System.Net.Http.Headers.AuthenticationHeaderValue"), "an authentication header"),
            (compilation.GetTypeByMetadataName("System.Net.Http.Headers.HttpHeaders"), "HTTP headers"),
            (compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.IHeaderDictionary"), "HTTP headers"),
            (compilation.GetTypeByMetadataName("System.Net.Cookie"), "a cookie"),
            (compilation.GetTypeByMetadataName("System.Net.CookieCollection"), "cookies"),
            (compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.IRequestCookieCollection"), "cookies"),
        ];
        CancellationToken = compilation.GetTypeByMetadataName("System.Threading.CancellationToken");
        _describe = DescribeUncached;
    }

    public INamedTypeSymbol? CancellationToken { get; }

    /// <summary>What secret the type holds, or <see langword="null"/>. Cached: the same few types are asked about at every log call.</summary>
    public string? Describe(ITypeSymbol? type) =>
        type is null ? null : _cache.GetOrAdd(type, _describe);

    private string? DescribeUncached(ITypeSymbol type)
    {
        foreach ((INamedTypeSymbol? secret, string description) in _types)
        {
            if (secret is not null && (IsOrDerives(type, secret) || Implements(type, secret)))
            {
                return description;
            }
        }

        return null;
    }

    private static bool IsOrDerives(ITypeSymbol type, INamedTypeSymbol secret)
    {
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, secret))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Implements(ITypeSymbol type, INamedTypeSymbol secret) =>
        secret.TypeKind == TypeKind.Interface && type.AllInterfaces.Contains(secret, SymbolEqualityComparer.Default);
}
