using AuditGen.RealWorld.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AuditGen.RealWorld.Tests;

public class GlobalUsingsTests
{
    private static SyntaxTree Parse(string text) => CSharpSyntaxTree.ParseText(text);

    private static string[] Lines(string text) => text.Split('\n');

    [Fact]
    public void Declared_lists_global_usings_as_bodies()
    {
        SyntaxTree tree = Parse("global using System;\nglobal using static System.Math;\nglobal using Json = System.Text.Json;\nusing System.IO;\n");

        Assert.Equal(["System", "static System.Math", "Json = System.Text.Json"], GlobalUsings.Declared(tree));
    }

    [Fact]
    public void Rewrite_blanks_global_usings_without_moving_any_line()
    {
        string original = "global using System;\nglobal using Json = System.Text.Json;\nnamespace A;\nclass C { }\n";

        string rewritten = GlobalUsings.Rewrite(Parse(original), []).ToString();

        Assert.Equal(Lines(original).Length, Lines(rewritten).Length);
        Assert.DoesNotContain("global", rewritten, StringComparison.Ordinal);
        Assert.Equal("namespace A;", Lines(rewritten)[2]);
        Assert.Equal(original.Length, rewritten.Length);
    }

    [Fact]
    public void Rewrite_inserts_project_usings_on_the_line_of_the_first_using()
    {
        string original = "// header\n#nullable enable\nusing System.IO;\nclass C { }\n";

        string rewritten = GlobalUsings.Rewrite(Parse(original), ["System", "static System.Math", "Json = System.Text.Json"]).ToString();

        string[] lines = Lines(rewritten);
        Assert.Equal(Lines(original).Length, lines.Length);
        Assert.Equal("// header", lines[0]);
        Assert.Equal("#nullable enable", lines[1]);
        Assert.Equal("using System; using static System.Math; using Json = System.Text.Json; using System.IO;", lines[2]);
        Assert.Empty(CSharpSyntaxTree.ParseText(rewritten).GetDiagnostics());
    }

    [Fact]
    public void Rewrite_puts_usings_before_the_first_member_when_the_file_has_none()
    {
        string rewritten = GlobalUsings.Rewrite(Parse("#define X\nnamespace A;\n"), ["System"]).ToString();

        Assert.Equal("#define X\nusing System; namespace A;\n", rewritten);
        Assert.Empty(CSharpSyntaxTree.ParseText(rewritten).GetDiagnostics());
    }

    [Fact]
    public void Rewrite_skips_usings_the_file_has_and_aliases_it_defines()
    {
        string original = "using System;\nusing Json = Newtonsoft.Json;\nclass C { }\n";

        string rewritten = GlobalUsings.Rewrite(Parse(original), ["System", "Json = System.Text.Json", "System.Linq"]).ToString();

        Assert.Equal("using System.Linq; using System;\nusing Json = Newtonsoft.Json;\nclass C { }\n", rewritten);
    }

    [Fact]
    public void Rewrite_moves_a_files_global_usings_into_plain_ones_when_the_project_list_has_them()
    {
        string original = "global using System.Text;\nclass C { }\n";

        string rewritten = GlobalUsings.Rewrite(Parse(original), ["System.Text"]).ToString();

        Assert.Equal("using System.Text; " + new string(' ', "global using System.Text;".Length) + "\nclass C { }\n", rewritten);
        Assert.Empty(CSharpSyntaxTree.ParseText(rewritten).GetDiagnostics());
    }

    [Fact]
    public void Rewrite_leaves_an_empty_file_alone()
    {
        Assert.Equal("// nothing\n", GlobalUsings.Rewrite(Parse("// nothing\n"), ["System"]).ToString());
    }
}
