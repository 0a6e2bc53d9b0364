using AuditGen.Generators.Sensitivity;

namespace AuditGen.Generators.Tests.Sensitivity;

/// <summary>docs/redaction.md is the documented rule table: every word the policy uses must be listed there.</summary>
public sealed class RedactionDocsTests
{
    [Fact]
    public void Every_word_of_the_rule_table_is_documented()
    {
        string docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "redaction.md"));
        IEnumerable<string> words = NameVocabulary.SecretWords.Keys
            .Concat(NameVocabulary.SecretPairs.Keys)
            .Concat(NameVocabulary.ContextWords.Keys)
            .Concat(NameVocabulary.CodeQualifiers)
            .Concat(NameVocabulary.LookupKeyQualifiers)
            .Concat(NameVocabulary.PassQualifiers)
            .Concat(NameVocabulary.AuthQualifiers)
            .Concat(NameVocabulary.PanQualifiers)
            .Concat(NameVocabulary.NotCredentialAfter.Values.SelectMany(words => words))
            .Concat(NameVocabulary.HoldingWords)
            .Concat(NameVocabulary.DescribingWords)
            .Concat(NameVocabulary.BooleanPrefixes)
            .Concat(NameVocabulary.PersonalWords.Keys)
            .Concat(NameVocabulary.PersonalPairs.Keys)
            .Concat(NameVocabulary.UrlWords);

        Assert.All(words, word => Assert.Contains($"`{word}`", docs, StringComparison.Ordinal));
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AuditGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("AuditGen.sln not found above " + AppContext.BaseDirectory);
    }
}
