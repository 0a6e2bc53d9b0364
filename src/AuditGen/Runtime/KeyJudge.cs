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
            return NameRules.Classify(key).Sensitivity == NameSensitivity.None && !Configured(key, vocabulary);
        }
        catch (Exception)
        {
            return false; // fail closed
        }
    }

    // As the generator matches auditgen.secret_names and personal_names: the whole name or any of its words.
    private static bool Configured(string key, string? vocabulary)
    {
        if (string.IsNullOrEmpty(vocabulary))
        {
            return false;
        }

        string[] entries = vocabulary!.Split(',');
        var whole = new System.Text.StringBuilder(key.Length);
        foreach (char c in key)
        {
            if (char.IsLetterOrDigit(c))
            {
                whole.Append(char.ToLowerInvariant(c));
            }
        }

        return Array.IndexOf(entries, whole.ToString()) >= 0 || NameWords.Split(key).Exists(word => Array.IndexOf(entries, word) >= 0);
    }
}
