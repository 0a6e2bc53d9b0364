using System.Globalization;
using System.Text;

namespace AuditGen.Generators.Emission;

/// <summary>A minimal JSON writer for the audit catalog (netstandard2.0 generators have no System.Text.Json): ASCII
/// output, every other character escaped, so the text survives any encoding between here and the catalog file.</summary>
internal sealed class JsonText
{
    private readonly StringBuilder _text = new();
    private bool _needsComma;

    public JsonText BeginObject() => Open('{');

    public JsonText EndObject() => Close('}');

    public JsonText BeginArray() => Open('[');

    public JsonText EndArray() => Close(']');

    public JsonText Name(string name)
    {
        Separate();
        AppendString(name);
        _text.Append(':');
        _needsComma = false;
        return this;
    }

    public JsonText String(string? value)
    {
        Separate();
        if (value is null)
        {
            _text.Append("null");
        }
        else
        {
            AppendString(value);
        }

        _needsComma = true;
        return this;
    }

    public JsonText Number(int value) => Raw(value.ToString(CultureInfo.InvariantCulture));

    public JsonText Bool(bool value) => Raw(value ? "true" : "false");

    public JsonText Null() => Raw("null");

    public JsonText Property(string name, string? value) => Name(name).String(value);

    public JsonText Property(string name, int value) => Name(name).Number(value);

    public JsonText Property(string name, bool value) => Name(name).Bool(value);

    public override string ToString() => _text.ToString();

    private JsonText Raw(string token)
    {
        Separate();
        _text.Append(token);
        _needsComma = true;
        return this;
    }

    private JsonText Open(char bracket)
    {
        Separate();
        _text.Append(bracket);
        _needsComma = false;
        return this;
    }

    private JsonText Close(char bracket)
    {
        _text.Append(bracket);
        _needsComma = true;
        return this;
    }

    private void Separate()
    {
        if (_needsComma)
        {
            _text.Append(',');
        }
    }

    private void AppendString(string value)
    {
        _text.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': _text.Append("\\\""); break;
                case '\\': _text.Append("\\\\"); break;
                case '\n': _text.Append("\\n"); break;
                case '\r': _text.Append("\\r"); break;
                case '\t': _text.Append("\\t"); break;
                default:
                    if (c < ' ' || c > '~')
                    {
                        _text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _text.Append(c);
                    }

                    break;
            }
        }

        _text.Append('"');
    }
}
