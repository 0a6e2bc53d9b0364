using System.Text;

namespace AuditGen.RealWorld.Projects;

/// <summary>Just enough MSBuild evaluation for reading project files by hand: <c>$(Property)</c> substitution
/// and simple conditions (<c>'a' == 'b'</c>, <c>!=</c>, <c>and</c>, <c>or</c>, <c>!</c>, <c>Exists()</c>).</summary>
internal static class MsBuildText
{
    /// <summary>Stands for a value this reader cannot compute (a property function); comparisons with it are unknown.</summary>
    public const string Unknown = "\u0001";

    /// <summary>Replaces <c>$(Name)</c> with the property's value (empty when undefined, as MSBuild does);
    /// property functions become <see cref="Unknown"/>.</summary>
    public static string Substitute(string text, IReadOnlyDictionary<string, string> properties)
    {
        if (!text.Contains("$(", StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            int start = text.IndexOf("$(", i, StringComparison.Ordinal);
            if (start < 0)
            {
                result.Append(text, i, text.Length - i);
                break;
            }

            result.Append(text, i, start - i);
            int end = MatchingParen(text, start + 1);
            if (end < 0)
            {
                result.Append(text, start, text.Length - start);
                break;
            }

            string name = text[(start + 2)..end].Trim();
            bool plain = name.Length > 0 && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '-');
            result.Append(plain ? properties.GetValueOrDefault(name) ?? string.Empty : Unknown);
            i = end + 1;
        }

        return result.ToString();
    }

    /// <summary>Evaluates a condition: <see langword="true"/>, <see langword="false"/>, or <see langword="null"/> when it cannot tell.</summary>
    public static bool? Evaluate(string? condition, IReadOnlyDictionary<string, string> properties, string baseDirectory)
    {
        if (string.IsNullOrWhiteSpace(condition))
        {
            return true;
        }

        try
        {
            var parser = new ConditionParser(Substitute(condition, properties), baseDirectory);
            bool? value = parser.ParseOr();
            return parser.AtEnd ? value : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static int MatchingParen(string text, int open)
    {
        int depth = 0;
        for (int i = open; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private sealed class ConditionParser(string text, string baseDirectory)
    {
        private int _pos;

        public bool AtEnd
        {
            get
            {
                SkipSpace();
                return _pos >= text.Length;
            }
        }

        public bool? ParseOr()
        {
            bool? left = ParseAnd();
            while (TryKeyword("or"))
            {
                bool? right = ParseAnd();
                left = left == true || right == true ? true : left == false && right == false ? false : null;
            }

            return left;
        }

        private bool? ParseAnd()
        {
            bool? left = ParseUnary();
            while (TryKeyword("and"))
            {
                bool? right = ParseUnary();
                left = left == false || right == false ? false : left == true && right == true ? true : null;
            }

            return left;
        }

        private bool? ParseUnary()
        {
            SkipSpace();
            if (Peek('!') && !PeekAt(1, '='))
            {
                _pos++;
                return !ParseUnary();
            }

            if (Peek('('))
            {
                _pos++;
                bool? inner = ParseOr();
                Expect(')');
                return inner;
            }

            string? function = TryKeyword("Exists") ? "Exists" : TryKeyword("HasTrailingSlash") ? "HasTrailingSlash" : null;
            if (function is not null)
            {
                Expect('(');
                string argument = ReadOperand();
                Expect(')');
                if (argument.Contains(Unknown, StringComparison.Ordinal))
                {
                    return null;
                }

                return function == "Exists"
                    ? argument.Length > 0 && Path.Exists(Path.Combine(baseDirectory, argument.Replace('\\', '/')))
                    : argument.EndsWith('/') || argument.EndsWith('\\');
            }

            string left = ReadOperand();
            SkipSpace();
            string? op = Peek('=') && PeekAt(1, '=') ? "==" : Peek('!') && PeekAt(1, '=') ? "!=" : null;
            if (op is null)
            {
                return left.Trim().ToUpperInvariant() switch { "TRUE" => true, "FALSE" => false, _ => null };
            }

            _pos += 2;
            string right = ReadOperand();
            if (left.Contains(Unknown, StringComparison.Ordinal) || right.Contains(Unknown, StringComparison.Ordinal))
            {
                return null;
            }

            bool equal = string.Equals(left.Trim(), right.Trim(), StringComparison.OrdinalIgnoreCase);
            return op == "==" ? equal : !equal;
        }

        private string ReadOperand()
        {
            SkipSpace();
            if (Peek('\''))
            {
                int end = text.IndexOf('\'', _pos + 1);
                if (end < 0)
                {
                    throw new FormatException("unterminated string");
                }

                string value = text[(_pos + 1)..end];
                _pos = end + 1;
                return value;
            }

            int start = _pos;
            while (_pos < text.Length && !char.IsWhiteSpace(text[_pos]) && text[_pos] is not ('=' or '!' or '(' or ')'))
            {
                _pos++;
            }

            if (_pos == start)
            {
                throw new FormatException("operand expected");
            }

            return text[start.._pos];
        }

        private bool TryKeyword(string keyword)
        {
            SkipSpace();
            if (_pos + keyword.Length <= text.Length
                && string.Compare(text, _pos, keyword, 0, keyword.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (_pos + keyword.Length == text.Length || !char.IsLetterOrDigit(text[_pos + keyword.Length])))
            {
                _pos += keyword.Length;
                return true;
            }

            return false;
        }

        private void Expect(char c)
        {
            SkipSpace();
            if (!Peek(c))
            {
                throw new FormatException($"'{c}' expected");
            }

            _pos++;
        }

        private bool Peek(char c) => _pos < text.Length && text[_pos] == c;

        private bool PeekAt(int offset, char c) => _pos + offset < text.Length && text[_pos + offset] == c;

        private void SkipSpace()
        {
            while (_pos < text.Length && char.IsWhiteSpace(text[_pos]))
            {
                _pos++;
            }
        }
    }
}
