using AuditGen.LeakSentinel.Detection;
using Xunit.Abstractions;

namespace AuditGen.LeakTests.Sentinel;

/// <summary>
/// Precision and recall of the leak sentinel's detector over <c>LookAlikeCorpus.txt</c>, asserted line by line: every
/// KEEP line (a look-alike: ids, hashes, images, versions, commit ids, words that sound like secrets) must pass
/// unchanged, every MASK line must become exactly its expected text. A summary test prints the counts.
/// </summary>
public sealed class LookAlikeCorpusTests(ITestOutputHelper output)
{
    public static TheoryData<int, string> KeepLines() => Lines(static line => line.Expected is null);

    public static TheoryData<int, string> MaskLines() => Lines(static line => line.Expected is not null);

    [Theory]
    [MemberData(nameof(KeepLines))]
    public void A_look_alike_passes_unchanged(int lineNumber, string text)
    {
        _ = lineNumber;
        Assert.Equal(text, LeakScanner.Mask(text));
    }

    [Theory]
    [MemberData(nameof(MaskLines))]
    public void A_secret_is_masked_exactly(int lineNumber, string text)
    {
        string expected = Corpus().Single(line => line.Number == lineNumber).Expected!;
        Assert.Equal(expected, LeakScanner.Mask(text));
    }

    [Fact]
    public void Precision_and_recall_are_both_complete()
    {
        int keep = 0, falsePositives = 0, mask = 0, exact = 0;
        foreach (CorpusLine line in Corpus())
        {
            string masked = LeakScanner.Mask(line.Text);
            if (line.Expected is null)
            {
                keep++;
                falsePositives += masked == line.Text ? 0 : 1;
            }
            else
            {
                mask++;
                exact += masked == line.Expected ? 1 : 0;
            }
        }

        output.WriteLine($"look-alikes kept: {keep - falsePositives}/{keep}; secrets masked exactly: {exact}/{mask}");
        Assert.True(keep >= 60 && mask >= 20, "the corpus is too small to say anything");
        Assert.Equal((0, mask), (falsePositives, exact));
    }

    private static TheoryData<int, string> Lines(Func<CorpusLine, bool> which)
    {
        var data = new TheoryData<int, string>();
        foreach (CorpusLine line in Corpus().Where(which))
        {
            data.Add(line.Number, line.Text);
        }

        return data;
    }

    private static List<CorpusLine> Corpus()
    {
        string[] lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Sentinel", "LookAlikeCorpus.txt"));
        var corpus = new List<CorpusLine>();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.StartsWith("KEEP ", StringComparison.Ordinal))
            {
                corpus.Add(new CorpusLine(i + 1, line[5..], null));
            }
            else if (line.StartsWith("MASK ", StringComparison.Ordinal))
            {
                string next = i + 1 < lines.Length ? lines[i + 1] : string.Empty;
                Assert.True(next.StartsWith("---> ", StringComparison.Ordinal), $"line {i + 1}: a MASK line needs its ---> line");
                corpus.Add(new CorpusLine(i + 1, line[5..], next[5..]));
            }
        }

        return corpus;
    }

    private sealed record CorpusLine(int Number, string Text, string? Expected);
}
