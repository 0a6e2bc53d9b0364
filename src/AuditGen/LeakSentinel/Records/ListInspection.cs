using System.Collections.Generic;
using AuditGen.LeakSentinel.Detection;

namespace AuditGen.LeakSentinel.Records;

/// <summary>
/// Inspects a state that is a list of pairs — what <c>LogInformation(template, args)</c>, <c>LoggerMessage</c>,
/// <c>[LoggerMessage]</c> and AuditGen's own records all pass. Generic over the list type, so a struct state is read
/// through constrained calls and never boxed; nothing is allocated unless a value holds a secret.
/// </summary>
internal static class ListInspection
{
    private const string OriginalFormat = "{OriginalFormat}";

    /// <summary>Returns the masked copy of <paramref name="list"/>'s pairs, with the text of the values masked by name
    /// (see <see cref="MaskedState"/>), or null when it holds no secret.</summary>
    /// <param name="list">The state.</param>
    /// <param name="tally">Where the masked secrets are counted.</param>
    public static MaskedPairs? Inspect<TList>(in TList list, ref LeakTally? tally)
        where TList : IReadOnlyList<KeyValuePair<string, object?>>
    {
        int count = list.Count;
        int templateIndex = count > 0 && list[count - 1].Key == OriginalFormat ? count - 1 : -1;
        string? template = templateIndex >= 0 ? list[templateIndex].Value as string : null;
        List<LeakFinding>? templateFindings = template is null ? null : LeakScanner.Scan(template, template: true);

        object?[]? masked = null;
        List<(string, string)>? raw = null;
        for (int i = 0; i < count; i++)
        {
            if (i == templateIndex)
            {
                continue;
            }

            KeyValuePair<string, object?> pair = list[i];
            if (pair.Key is not null && ValueInspection.Mask(pair.Key, pair.Value, templateFindings, ref tally, ref raw) is { } replacement)
            {
                (masked ??= new object?[count])[i] = replacement;
            }
        }

        string? maskedTemplate = null;
        if (templateFindings is not null && HasLiteral(templateFindings))
        {
            LeakTally.AddAll(ref tally, templateFindings, "the message template");
            maskedTemplate = LeakScanner.Mask(template!, templateFindings);
        }

        if (masked is null && maskedTemplate is null)
        {
            return null;
        }

        var pairs = new KeyValuePair<string, object?>[count];
        for (int i = 0; i < count; i++)
        {
            KeyValuePair<string, object?> pair = list[i];
            pairs[i] = i == templateIndex && maskedTemplate is not null ? new(pair.Key, maskedTemplate)
                : masked?[i] is { } value ? new(pair.Key, value)
                : pair;
        }

        return new MaskedPairs(pairs, raw);
    }

    private static bool HasLiteral(List<LeakFinding> findings) => findings.Exists(static f => f.Placeholder is null);
}

/// <summary>A list state's pairs with the secrets masked, and the raw text of the values masked by name.</summary>
internal sealed class MaskedPairs(KeyValuePair<string, object?>[] pairs, List<(string Raw, string Mask)>? raw)
{
    public KeyValuePair<string, object?>[] Pairs { get; } = pairs;

    public List<(string Raw, string Mask)>? Raw { get; } = raw;
}
