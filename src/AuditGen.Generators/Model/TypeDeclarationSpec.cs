namespace AuditGen.Generators.Model;

/// <summary>One type to re-open as <c>partial</c>.</summary>
/// <param name="Modifiers">Modifiers that must precede <c>partial</c> (<c>readonly </c>, <c>ref </c>), or empty.</param>
/// <param name="Keyword">The declaration keyword: <c>class</c>, <c>struct</c>, <c>record</c>, <c>record struct</c> or <c>interface</c>.</param>
/// <param name="Name">The name with its type parameter list, e.g. <c>Repository&lt;T&gt;</c>.</param>
internal sealed record TypeDeclarationSpec(string Modifiers, string Keyword, string Name);
