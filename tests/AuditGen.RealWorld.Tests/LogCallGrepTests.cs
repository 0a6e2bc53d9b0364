using AuditGen.RealWorld.Analysis;

namespace AuditGen.RealWorld.Tests;

public class LogCallGrepTests
{
    [Fact]
    public void Counts_each_pattern_once_per_call()
    {
        string text = """
            logger.LogInformation("a");
            logger.LogError (ex, "b");
            logger.Log(LogLevel.Debug, "c");
            Log.Information("d");
            logger.Debug("e");
            [LoggerMessage(1, LogLevel.Information, "f")]
            Debug.Assert(true);
            logger.LogInformationIfEnabled("g");
            """;

        Dictionary<string, int> counts = LogCallGrep.Count(LogCallGrep.Find(text));

        Assert.Equal(2, counts[LogCallGrep.MelLevel]);
        Assert.Equal(1, counts[LogCallGrep.MelLog]);
        Assert.Equal(2, counts[LogCallGrep.Serilog]);
        Assert.Equal(1, counts[LogCallGrep.LoggerMessage]);
    }

    [Fact]
    public void Reports_one_based_lines_and_the_column_of_the_dot()
    {
        IReadOnlyList<GrepHit> hits = LogCallGrep.Find("class C\n{\n    void M() => _logger\n        .LogWarning(\"x\");\n}\n");

        GrepHit hit = Assert.Single(hits);
        Assert.Equal(new GrepHit(LogCallGrep.MelLevel, 4, 8), hit);
    }

    [Fact]
    public void Counts_every_pattern_even_when_absent()
    {
        Dictionary<string, int> counts = LogCallGrep.Count(LogCallGrep.Find("nothing here"));

        Assert.Equal(4, counts.Count);
        Assert.All(counts.Values, v => Assert.Equal(0, v));
    }
}
