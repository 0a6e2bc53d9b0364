using System.Collections.Generic;
using System.Text;

namespace AuditGen.Generators.Sensitivity;

/// <summary>Splits identifiers and keys (<c>resetToken</c>, <c>API_KEY</c>, <c>Db:Password</c>, <c>client-secret</c>) into lower-case words.</summary>
internal static class NameWords
{
    public static List<string> Split(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(words, current);
                continue;
            }

            if (current.Length > 0 && StartsNewWord(name, i))
            {
                Flush(words, current);
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush(words, current);
        return words;
    }

    private static bool StartsNewWord(string name, int i)
    {
        char previous = name[i - 1];
        char c = name[i];
        if (char.IsDigit(c) != char.IsDigit(previous))
        {
            return true;
        }

        if (char.IsUpper(c) && char.IsLower(previous))
        {
            return true;
        }

        // "APIKey": the K starts a word because a lower-case letter follows it.
        return char.IsUpper(c) && char.IsUpper(previous) && i + 1 < name.Length && char.IsLower(name[i + 1]);
    }

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }
}
