using System;
using System.Collections.Generic;
using System.Text;

namespace AuditGen.Generators.Sensitivity;

/// <summary>
/// How a codebase's own vocabulary (<c>auditgen.secret_names</c>, <c>auditgen.personal_names</c>) matches a name: the
/// whole name or any of its words. Compiled into the generator and the runtime (which judges the keys of key/value
/// pairs with the words the generator passes it), so both match alike.
/// </summary>
internal static class VocabularyMatch
{
    /// <summary>A name as the vocabulary compares it: letters and digits only, lower case (<c>Mothers_Maiden-Name</c> → <c>mothersmaidenname</c>).</summary>
    public static string Normalize(string name)
    {
        var normalized = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                normalized.Append(char.ToLowerInvariant(c));
            }
        }

        return normalized.ToString();
    }

    /// <summary>Whether the entries (<paramref name="contains"/>) hold the whole name or any of its words ("dob" matches dob and customerDob).</summary>
    public static bool Matches(Func<string, bool> contains, string name) =>
        contains(Normalize(name)) || NameWords.Split(name).Exists(word => contains(word));

    /// <summary>The same for a comma-separated list (the form the generator hands the runtime).</summary>
    public static bool Matches(string? commaSeparated, string name)
    {
        if (string.IsNullOrEmpty(commaSeparated))
        {
            return false;
        }

        var entries = new HashSet<string>(commaSeparated!.Split(','), StringComparer.Ordinal);
        return Matches(entries.Contains, name);
    }
}
