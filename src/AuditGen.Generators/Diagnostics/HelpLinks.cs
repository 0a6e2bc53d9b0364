namespace AuditGen.Generators.Diagnostics;

/// <summary>Builds the <c>helpLinkUri</c> of a diagnostic: its page under <c>docs/diagnostics</c>.</summary>
internal static class HelpLinks
{
    public const string Base = "https://github.com/auditgen/auditgen/blob/main/docs/diagnostics/";

    public static string For(string id) => Base + id + ".md";
}
