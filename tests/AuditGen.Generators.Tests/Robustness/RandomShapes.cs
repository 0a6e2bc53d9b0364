using System.Text;

namespace AuditGen.Generators.Tests.Robustness;

/// <summary>
/// Writes random but legal audited declarations, each with a harness method that constructs its type and calls it once.
/// Every choice comes from one seeded <see cref="Random"/>, so a failing case is reproduced from its seed alone.
/// The axes are the classes of failure seen on user code: identifiers the wrapper might use, keywords, the record's own
/// key names, ref kinds, constraints, unsafe and ref struct types, nested and generic containers, every logger placement,
/// attributes the generator also emits, and every return shape.
/// </summary>
internal sealed class RandomShapes(int seed)
{
    private static readonly string[] Names =
    [
        "value", "logger", "__ag_c", "__ag_e", "__ag_M0", "__ag_L0", "__ag_s", "__ag_v", "__logger", "__scope", "__exception",
        "__result", "__task", "__Complete", "__Await", "Outcome", "Operation", "DurationMs", "Sensitive", "outcome", "@class",
        "@event", "@params", "await", "async", "var", "dynamic", "nameof", "self", "_", "token", "password", "email", "id",
    ];

    private static readonly string[] MethodNames = ["Run", "@class", "__ag_c", "Outcome", "logger", "await", "Handle", "@event", "Get", "Do"];

    // (type, default expression, usable in an awaitable method, needs unsafe)
    private static readonly (string Type, string Value, bool Async, bool Unsafe)[] ParameterTypes =
    [
        ("int", "42", true, false), ("string", "\"text\"", true, false), ("string?", "null", true, false), ("int?", "null", true, false),
        ("global::System.Guid", "global::System.Guid.Empty", true, false), ("global::System.DateTime", "default", true, false),
        ("decimal", "1.5m", true, false), ("global::System.Collections.Generic.List<int>", "new()", true, false), ("int[]", "new int[0]", true, false),
        ("object", "new object()", true, false), ("dynamic", "1", true, false), ("(int a, string b)", "(1, \"b\")", true, false),
        ("global::Fuzz.Box<int>.Kind", "default", true, false), ("global::Fuzz.Color", "global::Fuzz.Color.Red", true, false),
        ("global::System.Threading.CancellationToken", "default", true, false), ("global::Fuzz.Payload", "new global::Fuzz.Payload()", true, false),
        ("global::Fuzz.Payload?", "null", true, false), ("global::Fuzz.Point?", "new global::Fuzz.Point()", true, false),
        ("global::System.ReadOnlySpan<char>", "\"span\"", false, false), ("int*", "null", false, true),
        ("delegate*<int, void>", "null", false, true), ("nint", "0", true, false), ("dynamic?", "null", true, false),
        ("global::Fuzz.IShape", "new global::Fuzz.Shape()", true, false), ("global::Fuzz.IShape?", "null", true, false),
    ];

    private static readonly (string Clause, string Argument)[] Constraints =
    [
        ("", "int"), ("class", "string"), ("class?", "string"), ("struct", "int"), ("notnull", "int"), ("unmanaged", "int"),
        ("class, new()", "object"), ("global::System.IComparable<{0}>", "int"), ("allows ref struct", "int"),
        ("struct, global::System.IEquatable<{0}>", "int"),
    ];

    private readonly Random _random = new(seed);

    public const string Prelude = """
        namespace Fuzz
        {
            public class Box<T> { public enum Kind { A, B } }
            public enum Color { Red, Green }
            public sealed class Payload { public int Id { get; set; } public string? Name { get; set; } public string? Password { get; set; } }
            public struct Point { public int X { get; set; } public int Y { get; set; } }
            public interface IHasLogger { global::Microsoft.Extensions.Logging.ILogger Logger { get; } }
            public interface IShape { static abstract IShape Create(); }
            public sealed class Shape : IShape { public static IShape Create() => new Shape(); }
        }
        """;

    /// <summary>One audited case: its declaration (with a static <c>__Invoke(logger)</c> that calls it once), the
    /// statement that runs it, and whether one completion record is expected.</summary>
    public (string Declaration, string Call, bool ExpectsRecord) Next(int index)
    {
        bool awaitable = _random.Next(2) == 0;
        (string returnType, string coreBody, string awaitSuffix) = ReturnShape(awaitable);
        bool isStatic = _random.Next(4) == 0;
        string logger = isStatic ? Pick("static-field", "static-property", "parameter", "fallback") : Pick("primary", "field", "property", "explicit", "static-field", "parameter", "fallback");
        string typeKind = Pick("class", "sealed class", "struct", "readonly struct", "record", "record struct");
        if (logger == "primary" && typeKind.StartsWith("record", StringComparison.Ordinal))
        {
            typeKind = "class";
        }

        var parameters = new List<(string Modifier, string Type, string Name, string Value, string Attribute)>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        bool needsUnsafe = false;
        int count = _random.Next(0, 9);
        for (int p = 0; p < count; p++)
        {
            var type = ParameterTypes[_random.Next(ParameterTypes.Length)];
            if (awaitable && !type.Async)
            {
                continue;
            }

            // A parameter may also be named like the method's Core.
            string name = _random.Next(20) == 0 ? "CoreLike" : Pick(Names);
            bool asyncCore = awaitable && coreBody.Contains("await", StringComparison.Ordinal);
            if ((asyncCore && name == "await") || !used.Add(name.TrimStart('@')) || (logger == "parameter" && name == "log"))
            {
                continue;
            }

            needsUnsafe |= type.Unsafe;
            bool refStruct = type.Type.Contains("Span", StringComparison.Ordinal) || type.Unsafe;
            string modifier = awaitable || refStruct ? string.Empty : Pick("", "", "", "in ", "ref ", "out ", "ref readonly ");
            if (type.Type.StartsWith("dynamic", StringComparison.Ordinal) && modifier.Length > 0)
            {
                modifier = string.Empty;
            }

            string attribute = Pick("", "", "", "[Sensitive] ", "[NotLogged] ", "[Logged] ", type.Type.Contains("Payload", StringComparison.Ordinal) || type.Type.Contains("Point", StringComparison.Ordinal) ? "[LogProperties] " : "");
            parameters.Add((modifier, type.Type, name, type.Value, attribute));
        }

        if (logger == "parameter")
        {
            parameters.Insert(_random.Next(parameters.Count + 1), (string.Empty, "global::Microsoft.Extensions.Logging.ILogger", "log", "logger", string.Empty));
        }

        (string Clause, string Argument)[] typeParameters = Enumerable.Range(0, _random.Next(3) == 0 ? _random.Next(1, 3) : 0)
            .Select(_ => Constraints[_random.Next(Constraints.Length)]).ToArray();
        string typeParameterList = typeParameters.Length == 0 ? string.Empty : "<" + string.Join(", ", typeParameters.Select((_, t) => "TM" + t)) + ">";
        string constraints = string.Concat(typeParameters.Select((c, t) => c.Clause.Length == 0 ? string.Empty : $" where TM{t} : {string.Format(System.Globalization.CultureInfo.InvariantCulture, c.Clause, "TM" + t)}"));
        string typeArguments = typeParameters.Length == 0 ? string.Empty : "<" + string.Join(", ", typeParameters.Select(c => c.Argument)) + ">";
        if (typeParameters.Length > 0 && _random.Next(2) == 0 && !awaitable)
        {
            parameters.Add((string.Empty, "TM0", "generic", "default!", string.Empty));
        }

        string method = Pick(MethodNames);
        bool audit = _random.Next(4) != 0;
        int level = _random.Next(0, 7);
        string attributes = (audit ? $"[Audit(\"op_{index}\", Sensitive = {Bool()}, Level = (LogLevel){level})] " : string.Empty)
            + (!audit || _random.Next(3) == 0 ? $"[TrackPerformance({_random.Next(10_000, 20_000)})] " : string.Empty)
            + Pick("", "", "[System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage] ", "[System.Diagnostics.DebuggerNonUserCode] ");
        string signatureParameters = string.Join(", ", parameters.Select(p => $"{p.Attribute}{p.Modifier}{p.Type} {p.Name}"));
        string coreParameters = string.Join(", ", parameters.Select(p => $"{p.Modifier}{p.Type} {p.Name}"));
        string outAssignments = string.Concat(parameters.Where(p => p.Modifier == "out ").Select(p => $"{p.Name} = default!; "));
        bool isStruct = typeKind.Contains("struct", StringComparison.Ordinal);
        string modifiers = (isStatic ? "static " : string.Empty) + (isStruct ? Pick("public ", "internal ", "private ") : Pick("public ", "internal ", "private ", "protected internal "));
        string typeName = $"T{index}_{Pick("A", "Repo_1", "__ag_c")}";
        string typeArity = _random.Next(3) == 0 ? "<TT>" : string.Empty;

        var declaration = new StringBuilder();
        string ns = Pick("", $"N{index}", $"N{index}.Inner.@namespace");
        if (ns.Length > 0)
        {
            declaration.Append("namespace ").Append(ns).Append(" {\n");
        }

        bool nested = _random.Next(3) == 0;
        if (nested)
        {
            declaration.Append($"public partial class Outer{index}<TO> {{\n");
        }

        string unsafeModifier = needsUnsafe ? "unsafe " : string.Empty;
        string interfaces = logger == "explicit" ? " : global::Fuzz.IHasLogger" : string.Empty;
        string primary = logger == "primary" ? "(global::Microsoft.Extensions.Logging.ILogger logger)" : string.Empty;
        string readonlyField = typeKind.Contains("readonly", StringComparison.Ordinal) || typeKind == "record struct" ? "readonly " : string.Empty;
        string[] kindWords = typeKind.Split(' ');
        string keyword = kindWords[^1] == "struct" && kindWords.Contains("record") ? "record struct" : kindWords[^1];
        string kindModifiers = string.Concat(kindWords.Where(w => w is "sealed" or "readonly").Select(w => w + " "));
        declaration.Append($"public {unsafeModifier}{kindModifiers}partial {keyword} {typeName}{typeArity}{primary}{interfaces} {{\n");
        string construct = ConstructorAndLogger(declaration, logger, typeName, readonlyField);
        declaration.Append($"    {attributes}{modifiers}partial {returnType} {method}{typeParameterList}({signatureParameters}){constraints};\n");
        string coreName = method.TrimStart('@') + "Core";
        string asyncModifier = coreBody.Contains("await", StringComparison.Ordinal) ? "async " : string.Empty;
        declaration.Append($"    private {(isStatic ? "static " : string.Empty)}{asyncModifier}{returnType} {coreName}{typeParameterList}({coreParameters}){constraints} {{ {outAssignments}{coreBody} }}\n");
        string fullType = (ns.Length > 0 ? "global::" + ns + "." : "global::") + (nested ? $"Outer{index}<int>." : string.Empty) + typeName + (typeArity.Length > 0 ? "<int>" : string.Empty);
        var call = new StringBuilder();
        var arguments = new List<string>();
        foreach (var (modifier, type, name, value, _) in parameters)
        {
            string local = "a" + arguments.Count;
            if (type == "TM0")
            {
                arguments.Add("default!");
                continue;
            }

            if (modifier.Length == 0 || modifier == "in ")
            {
                arguments.Add(value);
                continue;
            }

            call.Append(modifier == "out " ? string.Empty : $"{type} {local} = {value}; ");
            arguments.Add(modifier == "out " ? $"out {type} {local}" : $"{(modifier == "ref readonly " ? "in" : modifier.Trim())} {local}");
        }

        if (logger.StartsWith("static", StringComparison.Ordinal))
        {
            call.Insert(0, $"{fullType}.Shared = logger; ");
        }

        string receiver = isStatic ? fullType : "(" + string.Format(System.Globalization.CultureInfo.InvariantCulture, construct, fullType) + ")";
        call.Append($"{receiver}.{method}{typeArguments}({string.Join(", ", arguments)}){awaitSuffix};");
        declaration.Append($"    public static void __Invoke(global::Microsoft.Extensions.Logging.ILogger logger) {{ {call} }}\n");
        declaration.Append("}\n");
        if (nested)
        {
            declaration.Append("}\n");
        }

        if (ns.Length > 0)
        {
            declaration.Append("}\n");
        }

        return (declaration.ToString().Replace("CoreLike", coreName, StringComparison.Ordinal), fullType + ".__Invoke(logger);", audit && level != 6);
    }

    private string ConstructorAndLogger(StringBuilder declaration, string logger, string typeName, string readonlyField)
    {
        string ctorName = typeName.TrimStart('@');
        switch (logger)
        {
            case "primary":
                return "new {0}(logger)";
            case "field":
                declaration.Append($"    private {readonlyField}global::Microsoft.Extensions.Logging.ILogger _log;\n    public {ctorName}(global::Microsoft.Extensions.Logging.ILogger logger) {{ _log = logger; }}\n");
                return "new {0}(logger)";
            case "property":
                declaration.Append($"    private global::Microsoft.Extensions.Logging.ILogger Log {{ get; }}\n    public {ctorName}(global::Microsoft.Extensions.Logging.ILogger logger) {{ Log = logger; }}\n");
                return "new {0}(logger)";
            case "explicit":
                declaration.Append($"    private {readonlyField}object _inner;\n    global::Microsoft.Extensions.Logging.ILogger global::Fuzz.IHasLogger.Logger => (global::Microsoft.Extensions.Logging.ILogger)_inner;\n    public {ctorName}(global::Microsoft.Extensions.Logging.ILogger logger) {{ _inner = logger; }}\n");
                return "new {0}(logger)";
            case "static-field":
                declaration.Append("    public static global::Microsoft.Extensions.Logging.ILogger? Shared;\n");
                return "new {0}()";
            case "static-property":
                declaration.Append("    public static global::Microsoft.Extensions.Logging.ILogger? Shared { get; set; }\n");
                return "new {0}()";
            default:
                return "new {0}()";
        }
    }

    private (string ReturnType, string CoreBody, string AwaitSuffix) ReturnShape(bool awaitable) => awaitable
        ? Pick(
            ("global::System.Threading.Tasks.Task", "await global::System.Threading.Tasks.Task.Yield();", ".GetAwaiter().GetResult()"),
            ("global::System.Threading.Tasks.Task", "return global::System.Threading.Tasks.Task.CompletedTask;", ".GetAwaiter().GetResult()"),
            ("global::System.Threading.Tasks.Task<int>?", "return global::System.Threading.Tasks.Task.FromResult(2);", "!.GetAwaiter().GetResult()"),
            ("global::System.Threading.Tasks.Task<int>", "await global::System.Threading.Tasks.Task.Yield(); return 1;", ".GetAwaiter().GetResult()"),
            ("global::System.Threading.Tasks.ValueTask", "return default;", ".GetAwaiter().GetResult()"),
            ("global::System.Threading.Tasks.ValueTask<string?>", "await global::System.Threading.Tasks.Task.Yield(); return null;", ".GetAwaiter().GetResult()"))
        : Pick(
            ("void", string.Empty, string.Empty),
            ("int", "return 1;", string.Empty),
            ("string?", "return null;", string.Empty),
            ("(int x, string y)", "return (1, \"y\");", string.Empty),
            ("global::System.Span<int>", "return default;", string.Empty),
            ("global::Fuzz.Box<int>.Kind", "return default;", string.Empty));

    private string Bool() => _random.Next(2) == 0 ? "true" : "false";

    private T Pick<T>(params T[] options) => options[_random.Next(options.Length)];
}
