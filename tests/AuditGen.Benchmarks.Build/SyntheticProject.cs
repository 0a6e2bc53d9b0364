using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AuditGen.Benchmarks.Build;

/// <summary>Generated projects of a given size: N audited methods, N equivalent [LoggerMessage] methods, or N log calls.</summary>
public static class SyntheticProject
{
    private const int MethodsPerFile = 10;

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(AuditAttribute).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location),
    ];

    public static CSharpCompilation Audited(int methods) => Compile(methods, AuditedFile);

    public static CSharpCompilation LoggerMessages(int methods) => Compile(methods, LoggerMessageFile);

    public static CSharpCompilation LogCalls(int calls) => Compile(calls, LogCallFile);

    /// <summary>The compilation with one more, unrelated file: what typing in another file does.</summary>
    public static CSharpCompilation WithUnrelatedEdit(CSharpCompilation compilation) =>
        compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Synthetic; public sealed class Edited { public int Value { get; set; } }", ParseOptions, "Edited.cs"));

    /// <summary>The compilation with the body of the first Core method changed: typing inside an audited method.</summary>
    public static CSharpCompilation WithBodyEdit(CSharpCompilation compilation)
    {
        SyntaxTree first = compilation.SyntaxTrees.First();
        string text = first.ToString().Replace("=> amount + 0;", "=> amount + 1;", StringComparison.Ordinal);
        return compilation.ReplaceSyntaxTree(first, CSharpSyntaxTree.ParseText(text, ParseOptions, first.FilePath));
    }

    private static CSharpCompilation Compile(int count, Func<int, int, string> file)
    {
        int files = Math.Max(1, count / MethodsPerFile);
        IEnumerable<SyntaxTree> trees = Enumerable.Range(0, files)
            .Select(i => CSharpSyntaxTree.ParseText(file(i, Math.Min(MethodsPerFile, count - (i * MethodsPerFile))), ParseOptions, $"File{i}.cs"));
        return CSharpCompilation.Create("Synthetic", trees, References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    private static string AuditedFile(int file, int methods)
    {
        var text = new StringBuilder($"using System.Threading.Tasks;\nusing AuditGen;\nusing Microsoft.Extensions.Logging;\nnamespace Synthetic;\npublic sealed partial class Service{file}(ILogger logger)\n{{\n");
        for (int m = 0; m < methods; m++)
        {
            text.Append($"    [Audit(\"op_{file}_{m}\")] public partial Task<int> Run{m}Async(string account, int amount, string password);\n");
            text.Append($"    private Task<int> Run{m}AsyncCore(string account, int amount, string password) => Task.FromResult(Value(amount));\n");
        }

        return text.Append("    private static int Value(int amount) => amount + 0;\n}\n").ToString();
    }

    private static string LoggerMessageFile(int file, int methods)
    {
        var text = new StringBuilder($"using Microsoft.Extensions.Logging;\nnamespace Synthetic;\npublic static partial class Log{file}\n{{\n");
        for (int m = 0; m < methods; m++)
        {
            text.Append($"    [LoggerMessage(EventId = {(file * MethodsPerFile) + m}, Level = LogLevel.Information, Message = \"{{Operation}} {{Outcome}} in {{DurationMs}} ms (account: {{Account}}, amount: {{Amount}})\")]\n");
            text.Append($"    public static partial void Run{m}(ILogger logger, string operation, string outcome, double durationMs, string account, int amount);\n");
        }

        return text.Append("    private static int Value(int amount) => amount + 0;\n}\n").ToString();
    }

    private static string LogCallFile(int file, int calls)
    {
        var text = new StringBuilder($"using System.Collections.Generic;\nusing Microsoft.Extensions.Logging;\nnamespace Synthetic;\npublic sealed class Calls{file}(ILogger logger)\n{{\n    public void Run(string email, string resetToken, int orderId)\n    {{\n");
        for (int c = 0; c < calls; c++)
        {
            text.Append((c % 4) switch
            {
                0 => $"        logger.LogInformation(\"Reset token {{Token}} for {{Email}} #{c}\", resetToken, email);\n",
                1 => $"        logger.LogInformation(\"Order {{OrderId}} shipped to {{Email}} #{c}\", orderId, email);\n",
                2 => $"        logger.LogDebug($\"Processed {{orderId}} #{c}\");\n",
                _ => $"        using (logger.BeginScope(new Dictionary<string, object> {{ [\"RequestId\"] = email, [\"Attempt\"] = {c} }})) {{ }}\n",
            });
        }

        return text.Append("    }\n}\n").ToString();
    }
}
