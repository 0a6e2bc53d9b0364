// The MSBuild task behind `dotnet build -p:AuditGenBaseline=write` (AuditGen.targets compiles it with
// RoslynCodeTaskFactory; it is not part of AuditGen.dll). It reads the compiler's SARIF log of this build and rewrites
// the baseline file from scratch, so findings fixed since the last write drop out.
//
// The SARIF log is the channel because it is the compiler's own record of what it reported, after every severity
// setting, #pragma and [SuppressMessage], and it carries each diagnostic's properties (the fingerprint). The JSON is read
// by the small reader below: the task must compile against netstandard alone, in both the .NET and the Visual Studio
// MSBuild, so it cannot count on System.Text.Json.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

public sealed class AuditGenWriteBaseline : Task
{
    private const string Header =
        "# AuditGen baseline: secret findings this project had when it was written. They are reported as AG1000 warnings\n" +
        "# and do not fail CI; any other AG1xxx finding does. Rewrite it after fixing findings (fixed ones drop out) with\n" +
        "#   dotnet build -p:AuditGenBaseline=write\n" +
        "# One finding a line: rule|file|member|expression. See docs/diagnostics/AG1000.md.\n";

    /// <summary>This compile's SARIF log (full path).</summary>
    [Required]
    public string SarifFile { get; set; }

    [Required]
    public string BaselineFile { get; set; }

    /// <summary>Serializes the inner builds of a multi-targeted project, which write one file.</summary>
    [Required]
    public string LockFile { get; set; }

    public string TargetFramework { get; set; }

    public string TargetFrameworks { get; set; }

    [Output]
    public int Count { get; set; }

    public override bool Execute()
    {
        if (!File.Exists(SarifFile))
        {
            Log.LogError("AuditGen could not write the baseline: the compiler did not write its SARIF log '{0}'. Build again with --no-incremental.", SarifFile);
            return false;
        }

        using (Lock(LockFile))
        {
            var fingerprints = new SortedSet<string>(StringComparer.Ordinal);
            foreach (string log in Logs())
            {
                if (File.Exists(log))
                {
                    Read(log, fingerprints);
                }
                else
                {
                    // Normal importance: while the inner builds run in parallel, the first to finish always misses the others.
                    Log.LogMessage(MessageImportance.Normal, "AuditGen: no SARIF log at {0} yet; that target framework's findings are recorded once it is built in write mode.", log);
                }
            }

            Write(fingerprints);
        }

        return true;
    }

    // This compile's log, and for a multi-targeted project every other target framework's: the last inner build to
    // take the lock reads all of them fresh, and one built alone (-f) keeps the others' last recorded findings.
    private IEnumerable<string> Logs()
    {
        yield return SarifFile;
        string[] frameworks = (TargetFrameworks ?? "").Split(';').Select(f => f.Trim()).Where(f => f.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (frameworks.Length < 2 || string.IsNullOrEmpty(TargetFramework))
        {
            yield break;
        }

        foreach (string other in frameworks.Where(f => !string.Equals(f, TargetFramework, StringComparison.OrdinalIgnoreCase)))
        {
            yield return SiblingLog(other);
        }
    }

    // The same path with the target framework swapped in the last folder that names it: obj/Release/net8.0/ as well as
    // the artifacts layout's obj/App/release_net8.0/.
    private string SiblingLog(string framework)
    {
        string[] parts = SarifFile.Split('/', '\\');
        for (int i = parts.Length - 2; i >= 0; i--)
        {
            int at = parts[i].IndexOf(TargetFramework, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                parts[i] = parts[i].Substring(0, at) + framework + parts[i].Substring(at + TargetFramework.Length);
                break;
            }
        }

        return string.Join(Path.DirectorySeparatorChar.ToString(), parts);
    }

    private static void Read(string log, SortedSet<string> fingerprints)
    {
        foreach (object run in List(Member(new JsonReader(File.ReadAllText(log)).Read(), "runs")))
        {
            foreach (object result in List(Member(run, "results")))
            {
                // A finding suppressed in source (#pragma, [SuppressMessage]) is already an explicit decision.
                if (List(Member(result, "suppressions")).Count == 0
                    && Member(Member(Member(result, "properties"), "customProperties"), "AuditGen.Fingerprint") is string fingerprint)
                {
                    fingerprints.Add(fingerprint);
                }
            }
        }
    }

    private void Write(SortedSet<string> fingerprints)
    {
        Count = fingerprints.Count;
        if (Count == 0)
        {
            // Nothing to record: no file is created, and an old one goes (an empty baseline would only be noise).
            if (File.Exists(BaselineFile))
            {
                File.Delete(BaselineFile);
            }

            Log.LogMessage(MessageImportance.High, "AuditGen: no secret findings; no baseline file at {0}", BaselineFile);
            return;
        }

        // '\n' line ends whatever the OS, so a file written on Windows and one written on Linux do not differ.
        string text = Header + string.Concat(fingerprints.Select(f => f + "\n"));
        if (!File.Exists(BaselineFile) || File.ReadAllText(BaselineFile) != text)
        {
            // Written only when it changes: the file is a compile input, and an unchanged one must not force a recompile.
            File.WriteAllText(BaselineFile, text, new UTF8Encoding(false));
        }

        Log.LogMessage(MessageImportance.High, "AuditGen: {0} secret finding(s) recorded in {1}", Count, BaselineFile);
    }

    // An exclusive open is a lock every .NET runtime honours across processes (MSBuild nodes are processes).
    private static FileStream Lock(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path));
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 1200)
            {
                Thread.Sleep(50);
            }
        }
    }

    private static object Member(object value, string name) =>
        value is Dictionary<string, object> members && members.TryGetValue(name, out object member) ? member : null;

    private static List<object> List(object value) => value as List<object> ?? new List<object>();

    /// <summary>Just enough JSON for the compiler's SARIF: objects, arrays and strings; other literals as their text.</summary>
    // Plain C# 7.3 below: RoslynCodeTaskFactory compiles with whatever compiler the building MSBuild carries.
    private sealed class JsonReader
    {
        private readonly string _text;
        private int _at;

        public JsonReader(string text) => _text = text;

        public object Read()
        {
            SkipWhitespace();
            switch (_text[_at])
            {
                case '{':
                    var members = new Dictionary<string, object>(StringComparer.Ordinal);
                    _at++;
                    while (Next() != '}')
                    {
                        string name = ReadString();
                        Expect(':');
                        members[name] = Read();
                        if (Next() == ',')
                        {
                            _at++;
                        }
                    }

                    _at++;
                    return members;
                case '[':
                    var items = new List<object>();
                    _at++;
                    while (Next() != ']')
                    {
                        items.Add(Read());
                        if (Next() == ',')
                        {
                            _at++;
                        }
                    }

                    _at++;
                    return items;
                case '"':
                    return ReadString();
                default:
                    int start = _at;
                    while (_at < _text.Length && ",}] \t\r\n".IndexOf(_text[_at]) < 0)
                    {
                        _at++;
                    }

                    return _text.Substring(start, _at - start);
            }
        }

        private char Next()
        {
            SkipWhitespace();
            if (_at >= _text.Length)
            {
                throw new FormatException("The SARIF log ends early.");
            }

            return _text[_at];
        }

        private void Expect(char c)
        {
            if (Next() != c)
            {
                throw new FormatException($"Expected '{c}' at {_at} in the SARIF log.");
            }

            _at++;
        }

        private string ReadString()
        {
            Expect('"');
            var builder = new StringBuilder();
            while (_text[_at] != '"')
            {
                char c = _text[_at++];
                if (c != '\\')
                {
                    builder.Append(c);
                    continue;
                }

                char escaped = _text[_at++];
                switch (escaped)
                {
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        builder.Append((char)int.Parse(_text.Substring(_at, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        _at += 4;
                        break;
                    default: builder.Append(escaped); break; // \" \\ \/
                }
            }

            _at++;
            return builder.ToString();
        }

        private void SkipWhitespace()
        {
            while (_at < _text.Length && char.IsWhiteSpace(_text[_at]))
            {
                _at++;
            }
        }
    }
}
