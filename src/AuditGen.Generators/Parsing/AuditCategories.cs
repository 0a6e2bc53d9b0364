namespace AuditGen.Generators.Parsing;

/// <summary>The written names of <c>AuditGen.AuditCategory</c> values (a test checks them against the enum).</summary>
internal static class AuditCategories
{
    private static readonly string[] Names = ["", "authentication", "authorization", "data_access", "data_change", "configuration", "administration"];

    /// <summary>The snake-case name of a category value; empty for <c>Unspecified</c> and for values the enum does not define.</summary>
    public static string Name(int value) => value > 0 && value < Names.Length ? Names[value] : string.Empty;
}
