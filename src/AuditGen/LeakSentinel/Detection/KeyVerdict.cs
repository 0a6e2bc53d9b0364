namespace AuditGen.LeakSentinel.Detection;

/// <summary>What the shared name vocabulary says about one key, in the form the sentinel needs.</summary>
internal sealed class KeyVerdict(bool isSecret, string kind, bool isCount, bool holdsLine, bool needsQualifier = false)
{
    /// <summary>The verdict on a key that names nothing secret.</summary>
    public static readonly KeyVerdict NotSecret = new(false, string.Empty, false, false);

    /// <summary>The verdict on a bare context word (<c>code</c>, <c>key</c>, <c>pass</c>) that names nothing secret.</summary>
    public static readonly KeyVerdict BareContextWord = new(false, string.Empty, false, false, needsQualifier: true);

    /// <summary>Whether the key names a credential (<c>password</c>, <c>api_key</c>, <c>Authorization</c>).</summary>
    public bool IsSecret { get; } = isSecret;

    /// <summary>The leak kind of its value (<see cref="LeakKinds.FromLabel"/>).</summary>
    public string Kind { get; } = kind;

    /// <summary>Whether a number under this key counts credentials rather than holds one (<c>max_tokens=256</c>).</summary>
    public bool IsCount { get; } = isCount;

    /// <summary>Whether the value is the rest of its line (<c>Authorization: Basic dXNl…</c>, <c>Cookie: a=1; b=2</c>):
    /// an authorization value or a cookie header carries its scheme or its other cookies after a space or a semicolon.</summary>
    public bool HoldsLine { get; } = holdsLine;

    /// <summary>Whether the key is a bare context word, which the word before it decides in prose: <c>Reset code:</c> is
    /// a one-time code, <c>Status code:</c> and <c>Cache key:</c> are not (<see cref="Generators.Sensitivity.NameRules.IsBareContextWord"/>).</summary>
    public bool NeedsQualifier { get; } = needsQualifier;
}
