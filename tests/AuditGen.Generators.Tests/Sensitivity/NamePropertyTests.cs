using AuditGen.Generators.Analyzers.Secrets;
using System.Text.RegularExpressions;
using AuditGen.Generators.Sensitivity;
using AuditGen.Generators.Tests.Analyzers.Secrets;
using AuditGen.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace AuditGen.Generators.Tests.Sensitivity;

/// <summary>
/// Random names built from the rule table's own words — [prefix] credential-or-neutral word [holding or describing
/// word] — in every casing, with the verdict the table (docs/redaction.md) predicts: a credential word stays a credential
/// unless a describing word ends the name. The name rules, the generator's record and the analyzer must all agree.
/// Seeded: AUDITGEN_NAME_SEED and AUDITGEN_NAME_CASES explore further.
/// </summary>
public sealed partial class NamePropertyTests(ITestOutputHelper output)
{
    // Words in no table: a name made of them and a suffix is judged by the suffix alone.
    private static readonly string[] NeutralWords = ["order", "amount", "item", "product", "invoice", "shipment", "quantity", "price", "region", "ticket", "comment", "reason"];
    private static readonly string[] Prefixes = ["", "new", "old", "current", "reset", "temp", "primary", "stored", "incoming"];

    [Fact]
    public async Task Name_rules_generator_and_analyzer_agree_with_the_rule_table()
    {
        int seed = int.TryParse(Environment.GetEnvironmentVariable("AUDITGEN_NAME_SEED"), out int s) ? s : 20261130;
        int cases = int.TryParse(Environment.GetEnvironmentVariable("AUDITGEN_NAME_CASES"), out int c) ? c : 600;
        var random = new Random(seed);
        var names = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        while (names.Count < cases)
        {
            (string name, bool secret) = NextName(random);
            names.TryAdd(name, secret);
        }

        var failures = new List<string>();
        foreach ((string name, bool secret) in names)
        {
            if (NameRules.Classify(name).IsSecret != secret)
            {
                failures.Add($"NameRules: {name} expected {(secret ? "secret" : "not secret")}");
            }
        }

        foreach (string[] batch in names.Keys.Chunk(40))
        {
            Dictionary<string, char> modes = GeneratedModes(batch);
            HashSet<string> flagged = await FlaggedAsync(batch);
            foreach (string name in batch)
            {
                char expectedMode = names[name] ? 'R' : NameRules.IsUrlName(name) ? 'U' : 'P';
                if (modes[name] != expectedMode)
                {
                    failures.Add($"generator: {name} written as '{modes[name]}', expected '{expectedMode}'");
                }

                // The analyzers do not take some names as evidence, by documented rules (docs/secret-detection.md).
                bool expectFlag = names[name] && !PrintedValues.IsNotEvidence(name, StringType, NameRules.Classify(name).Label ?? string.Empty);
                if (flagged.Contains(name) != expectFlag)
                {
                    failures.Add($"analyzer: {name} {(expectFlag ? "not flagged" : "flagged")}");
                }
            }
        }

        output.WriteLine($"{names.Count} names from seed {seed}: {failures.Count} disagreements");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    private static readonly Microsoft.CodeAnalysis.ITypeSymbol StringType =
        Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Types", references: TestReferences.All).GetSpecialType(Microsoft.CodeAnalysis.SpecialType.System_String);

    private static (string Name, bool Secret) NextName(Random random)
    {
        bool credential = random.Next(2) == 0;
        string core = credential ? Pick(random, NameVocabulary.SecretWords.Keys.ToArray()) : Pick(random, NeutralWords);
        string suffix = random.Next(3) switch
        {
            0 => string.Empty,
            1 => Pick(random, NameVocabulary.HoldingWords.ToArray()),
            _ => Pick(random, NameVocabulary.DescribingWords.ToArray()),
        };

        // The table: the last credential term decides, and only a describing word after it makes the name describe it.
        bool suffixIsCredential = NameVocabulary.SecretWords.ContainsKey(suffix);
        bool secret = suffixIsCredential || (credential && (suffix.Length == 0 || !NameVocabulary.DescribingWords.Contains(suffix)));
        string[] words = new[] { Pick(random, Prefixes), core, suffix }.Where(w => w.Length > 0).ToArray();
        return (Case(words, random.Next(4)), secret);
    }

    private static string Case(string[] words, int style) => style switch
    {
        0 => words[0] + string.Concat(words.Skip(1).Select(Capitalize)),
        1 => string.Concat(words.Select(Capitalize)),
        2 => string.Join("_", words),
        _ => string.Join("_", words).ToUpperInvariant(),
    };

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static string Service(string[] names) => Sources.InNamespace($$"""
        public partial class Names(ILogger<Names> logger)
        {
            [Audit("names")]
            public partial void Run({{string.Join(", ", names.Select(n => "string @" + n))}});

            private void RunCore({{string.Join(", ", names.Select(n => "string @" + n))}})
            {
        {{string.Concat(names.Select(n => "        logger.LogInformation(\"v {V}\", @" + n + ");\n"))}}
            }
        }
        """);

    private static Dictionary<string, char> GeneratedModes(string[] names)
    {
        GeneratorRun run = GeneratorHarness.Run(Service(names));
        string source = run.AllGeneratedText;
        Match descriptor = DescriptorPattern().Match(source);
        Assert.True(descriptor.Success, source);
        string[] keys = KeyPattern().Matches(descriptor.Groups["keys"].Value).Select(m => m.Groups[1].Value).ToArray();
        string modes = descriptor.Groups["modes"].Value;
        return keys.Select((k, i) => (k, modes[i])).ToDictionary(p => p.k, p => p.Item2);
    }

    private static async Task<HashSet<string>> FlaggedAsync(string[] names)
    {
        var diagnostics = await SecretCorpusTests.AnalyzeAsync(Service(names));
        string source = Service(names);
        return diagnostics.Where(d => d.Id == "AG1001")
            .Select(d => source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length).TrimStart('@'))
            .ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex("keys: new string\\[\\] \\{ (?<keys>[^}]*) \\}, modes: \"(?<modes>[A-Z]*)\"")]
    private static partial Regex DescriptorPattern();

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex KeyPattern();
}
