using System;
using AuditGen.Generators.Sensitivity;

namespace AuditGen.Runtime;

/// <summary>
/// Decides whether the key of a logged key/value pair (<see cref="AuditMethod.KeyValueMode"/>) names something whose
/// value may be shown. It asks the generator's own name table, compiled into the runtime, so a header named
/// <c>Authorization</c> is judged at run time exactly as a parameter named <c>authorization</c> is at compile time.
/// </summary>
internal static class KeyJudge
{
    /// <summary>Whether <paramref name="key"/> names nothing sensitive; any doubt (an error) hides the value.</summary>
    /// <param name="key">The key's text.</param>
    /// <param name="vocabulary">The codebase's own sensitive words and names (normalized, comma-separated), which the
    /// generator passes from <c>.editorconfig</c>; null when there are none.</param>
    /// <returns><see langword="true"/> only when the value may be shown.</returns>
    public static bool NamesNothingSensitive(string key, string? vocabulary = null)
    {
        try
        {
            return NameRules.Classify(key).Sensitivity == NameSensitivity.None && !VocabularyMatch.Matches(vocabulary, key);
        }
        catch (Exception)
        {
            return false; // fail closed
        }
    }
}
