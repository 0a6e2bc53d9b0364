using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using AuditGen.Generators.Common;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AuditGen.Generators.Analyzers.Secrets;

/// <summary>
/// <see cref="SecretNames"/> plus a codebase's own vocabulary from <c>.editorconfig</c>:
/// <c>auditgen.secret_names = ssn, mothers_maiden_name</c> adds words or names that are secrets;
/// <c>auditgen.safe_names = tokenizer, pinned_version</c> lists names that never are.
/// </summary>
internal sealed class SecretNamePolicy
{
    public const string SecretNamesKey = "auditgen.secret_names";
    public const string SafeNamesKey = "auditgen.safe_names";
    private const string ConfiguredSecret = "a secret (per auditgen.secret_names)";

    private static readonly ConcurrentDictionary<(string Secrets, string Safe), SecretNamePolicy> Cache = new();

    private readonly HashSet<string> _secretNames;
    private readonly HashSet<string> _safeNames;
    private readonly ConcurrentDictionary<string, string?> _classified = new(StringComparer.Ordinal);
    private readonly Func<string, string?> _classify;

    private SecretNamePolicy(string secrets, string safe)
    {
        _secretNames = Parse(secrets);
        _safeNames = Parse(safe);
        _classify = ClassifyUncached;
    }

    public static SecretNamePolicy Default { get; } = new(string.Empty, string.Empty);

    public static SecretNamePolicy From(AnalyzerConfigOptions options)
    {
        options.TryGetValue(SecretNamesKey, out string? secrets);
        options.TryGetValue(SafeNamesKey, out string? safe);
        return string.IsNullOrWhiteSpace(secrets) && string.IsNullOrWhiteSpace(safe)
            ? Default
            : Cache.GetOrAdd((secrets ?? string.Empty, safe ?? string.Empty), key => new SecretNamePolicy(key.Secrets, key.Safe));
    }

    /// <summary>What kind of secret the name denotes, or <see langword="null"/>. Cached per name: names repeat across log calls.</summary>
    public string? Classify(string name) => _classified.GetOrAdd(name, _classify);

    private string? ClassifyUncached(string name)
    {
        if (_secretNames.Count == 0 && _safeNames.Count == 0)
        {
            return SecretNames.Classify(name);
        }

        if (_safeNames.Contains(Normalize(name)))
        {
            return null;
        }

        return SecretNames.Classify(name) ?? (IsConfiguredSecret(NameWords.Split(name), name) ? ConfiguredSecret : null);
    }

    /// <summary>What secret the text ends with ("Sent OTP " → a one-time code), configured words included.</summary>
    public string? TrailingSecret(string text)
    {
        if (SecretNames.TrailingSecret(text) is { } builtIn)
        {
            return builtIn;
        }

        List<string> words = NameWords.Split(text);
        return words.Count > 0 && _secretNames.Contains(words[words.Count - 1]) ? ConfiguredSecret : null;
    }

    private bool IsConfiguredSecret(List<string> words, string name) =>
        _secretNames.Contains(Normalize(name)) || words.Any(_secretNames.Contains);

    private static HashSet<string> Parse(string list) =>
        new(list.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries).Select(Normalize), StringComparer.Ordinal);

    private static string Normalize(string name) => new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
