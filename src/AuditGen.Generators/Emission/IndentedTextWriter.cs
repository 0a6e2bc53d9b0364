using System;
using System.Text;

namespace AuditGen.Generators.Emission;

/// <summary>A small writer for generated C#: four-space indentation, <c>\n</c> newlines, blocks closed by <see cref="IDisposable"/>.</summary>
internal sealed class IndentedTextWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _builder = new();
    private int _indent;

    public void Indent() => _indent++;

    public void Unindent() => _indent--;

    public void WriteLine() => _builder.Append('\n');

    public void WriteLine(string line)
    {
        if (line.Length > 0)
        {
            for (int i = 0; i < _indent; i++)
            {
                _builder.Append(IndentUnit);
            }

            _builder.Append(line);
        }

        _builder.Append('\n');
    }

    /// <summary>Writes a multi-line fragment (typically a raw string literal), indenting each of its lines.</summary>
    public void WriteLines(string text)
    {
        foreach (string line in text.Replace("\r\n", "\n").Split('\n'))
        {
            WriteLine(line);
        }
    }

    /// <summary>Writes <paramref name="header"/>, an opening brace, and indents until the returned scope is disposed.</summary>
    public Block WriteBlock(string header)
    {
        WriteLine(header);
        WriteLine("{");
        Indent();
        return new Block(this, string.Empty);
    }

    /// <summary>Like <see cref="WriteBlock(string)"/>, closing with <paramref name="closing"/> after the brace (e.g. <c>;</c>).</summary>
    public Block WriteBlock(string header, string closing)
    {
        WriteLine(header);
        WriteLine("{");
        Indent();
        return new Block(this, closing);
    }

    public override string ToString() => _builder.ToString();

    /// <summary>Closes a block opened by <see cref="WriteBlock(string)"/>.</summary>
    internal readonly struct Block : IDisposable
    {
        private readonly IndentedTextWriter _writer;
        private readonly string _closing;

        public Block(IndentedTextWriter writer, string closing)
        {
            _writer = writer;
            _closing = closing;
        }

        public void Dispose()
        {
            _writer.Unindent();
            _writer.WriteLine("}" + _closing);
        }
    }
}
