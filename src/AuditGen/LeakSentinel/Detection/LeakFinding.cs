namespace AuditGen.LeakSentinel.Detection;

/// <summary>One secret-shaped span of a text: where it is and what it looked like. A finding in a message template may
/// name a placeholder instead (<c>token={Value}</c>): then the value logged under that name is the secret.</summary>
internal readonly struct LeakFinding(int start, int length, string kind, string? placeholder = null, bool byName = false)
{
    /// <summary>The index of the first masked character.</summary>
    public int Start { get; } = start;

    /// <summary>How many characters are masked.</summary>
    public int Length { get; } = length;

    /// <summary>The first index after the masked characters.</summary>
    public int End => Start + Length;

    /// <summary>What was found (<see cref="LeakKinds"/>): the hint the mask keeps and the metric's tag.</summary>
    public string Kind { get; } = kind;

    /// <summary>The template placeholder whose value is the secret, or null for a span of the text itself.</summary>
    public string? Placeholder { get; } = placeholder;

    /// <summary>Whether the span was judged by the key before it rather than by its own shape: where a value is both
    /// (<c>id_token=eyJ…</c>), the shape's kind is the more precise hint.</summary>
    public bool ByName { get; } = byName;
}
