using AuditGen.IntegrationTests.Infrastructure;
using AuditGen.Runtime;

namespace AuditGen.IntegrationTests;

/// <summary>Each value mode of the descriptor, end to end through a record's state and message.</summary>
public sealed class ValueModeTests
{
    private static readonly char[] ControlChars =
        [.. Enumerable.Range(0, 0x20).Select(i => (char)i), '\u007F', '\u0085', '\u009B', '\u2028', '\u2029'];

    [Fact]
    public void Plain_strings_without_control_characters_are_the_same_instance()
    {
        var random = new Random(1234);
        for (int i = 0; i < 200; i++)
        {
            string text = new([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => (char)random.Next(0x20, 0x7F))]);
            var logger = new RecordingLogger();

            DirectCall.Write(DirectCall.Method(["v"], "P"), logger, AuditValues.Of(text));

            Assert.Same(text, logger.Single.Value("v"));
            Assert.EndsWith("(v: " + text + ")", logger.Single.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Plain_strings_never_carry_a_raw_control_character_into_the_state_or_the_message()
    {
        var random = new Random(4321);
        for (int i = 0; i < 500; i++)
        {
            var chars = new List<char>();
            for (int c = random.Next(1, 30); c > 0; c--)
            {
                chars.Add(random.Next(3) == 0 ? ControlChars[random.Next(ControlChars.Length)] : (char)random.Next(0x20, 0x3000));
            }

            chars.Insert(random.Next(chars.Count + 1), ControlChars[random.Next(ControlChars.Length)]);
            string text = new([.. chars]);

            (object? state, string message) = DirectCall.Show('P', text);

            Assert.DoesNotContain((string)state!, IsControl);
            Assert.DoesNotContain(message, IsControl);
        }
    }

    [Theory]
    [InlineData("ok\nINFO forged record", "ok\\nINFO forged record")]
    [InlineData("a\r\nb\tc", "a\\r\\nb\\tc")]
    [InlineData("bell\u0007 esc\u001b[31m del\u007F", "bell\\u0007 esc\\u001B[31m del\\u007F")]
    [InlineData("nel\u0085 ls\u2028 ps\u2029", "nel\\u0085 ls\\u2028 ps\\u2029")]
    [InlineData("backslash \\n stays", "backslash \\n stays")]
    public void Control_characters_are_escaped_readably(string value, string expected)
    {
        (object? state, string message) = DirectCall.Show('P', value);

        Assert.Equal(expected, state);
        Assert.Equal(expected, DirectCall.Rendered(message));
    }

    [Fact]
    public void Plain_chars_and_other_scalars_are_left_as_they_are_unless_a_char_is_a_control()
    {
        Assert.Equal("\\n", DirectCall.Show('P', '\n').State);
        Assert.Equal('x', DirectCall.Show('P', 'x').State);
        Assert.Equal(42, DirectCall.Show('P', 42).State);
        Assert.Null(DirectCall.Show('P', null).State);
    }

    [Theory]
    [InlineData("4821")]
    [InlineData("P@ssw0rd-7f3a9c")]
    [InlineData(123456)]
    [InlineData(null)]
    public void Credentials_are_always_the_mask(object? value)
    {
        (object? state, string message) = DirectCall.Show('R', value);

        Assert.Equal(AuditLog.RedactedText, state);
        Assert.Equal(AuditLog.RedactedText, DirectCall.Rendered(message));
    }

    [Theory]
    [InlineData("4111111111111111", "0,4,1", "************1111")]
    [InlineData("4111111111111111", "0,4,0", "***1111")]
    [InlineData("4111111111111111", "4,3,1", "4111*********111")]
    [InlineData("4111111111111111", "4,4,1", "****************")] // exactly half would be shown
    [InlineData("ada@example.com", "2,0,0", "ad***")]
    [InlineData("ada@example.com", " 1 , 1 , 1 ", "a*************m")]
    [InlineData("12345678", "0,4,1", "********")] // half the text or more would be shown: nothing is
    [InlineData("12345678", "0,3,1", "*****678")]
    [InlineData("1234", "0,4,1", "****")]
    [InlineData("1234", "0,4,0", "***")]
    [InlineData("1234", "0,0,1", "****")]
    [InlineData("", "1,1,1", "")]
    [InlineData("", "1,1,0", "***")]
    [InlineData("abcdefghij\nkl", "0,3,0", "***\\nkl")]
    [InlineData("\U0001F600\U0001F600abcdefghijk", "1,0,1", "***************")] // a half surrogate is never shown
    [InlineData("abcdefghijk", "x", "***")] // an unreadable shape masks everything
    [InlineData("abcdefghijk", "1,2", "***")]
    [InlineData("abcdefghijk", "1,2,2", "***")]
    [InlineData("abcdefghijk", "-1,2,1", "***")]
    [InlineData("abcdefghijk", "1,2,1,", "***")]
    [InlineData("abcdefghijk", null, "***")]
    public void Masked_style_shows_first_and_last_characters_only_while_most_stay_hidden(string value, string? shape, string expected)
    {
        (object? state, string message) = DirectCall.Show('M', value, shape);

        Assert.Equal(expected, state);
        Assert.Equal(expected, DirectCall.Rendered(message));
    }

    [Fact]
    public void Masked_style_reads_numbers_in_the_invariant_culture_and_keeps_null()
    {
        Assert.Equal("******78", DirectCall.Show('M', 12345678, "0,2,1").State);
        Assert.Null(DirectCall.Show('M', null, "0,2,1").State);
    }

    [Fact]
    public void Masked_style_is_never_hashed()
    {
        AuditMethod method = DirectCall.Method(["card"], "M", ["0,4,1"]);
        var key = RedactionKey.Create(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32), "k1");

        Assert.Equal("************1111", method.Present(0, "4111111111111111", key));
    }

    [Fact]
    public void Presence_unknown_modes_and_missing_modes()
    {
        Assert.Equal("(present)", DirectCall.Show('O', new Uri("https://a:b@example.com/")).State);
        Assert.Null(DirectCall.Show('O', null).State);
        Assert.Equal(AuditLog.RedactedText, DirectCall.Show('Z', "visible?").State);

        var logger = new RecordingLogger();
        DirectCall.Write(DirectCall.Method(["a", "b"], "P"), logger, AuditValues.Of("shown", "hidden"));
        Assert.Equal("shown", logger.Single.Value("a"));
        Assert.Equal(AuditLog.RedactedText, logger.Single.Value("b")); // a descriptor without a mode fails closed
    }

    private static bool IsControl(char c) => c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029 || c is >= '\u0080' and <= '\u009F';
}
