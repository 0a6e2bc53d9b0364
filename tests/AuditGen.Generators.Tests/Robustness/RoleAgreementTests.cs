using AuditGen.Generators.Model;
using AuditGen.Generators.Parsing;
using AuditGen.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AuditGen.Generators.Tests.Robustness;

/// <summary>
/// The analyzer (AG0018) and the generator must agree on who holds the actor and target roles, for any parameter list:
/// random methods (seeded; AUDITGEN_FUZZ_SEED / AUDITGEN_FUZZ_CASES to explore) whose parameters mix types the generator
/// logs whole, expands, or never logs with every combination of role, [LogProperties] and [NotLogged]. For each
/// parameter that asks for a role, exactly one holds: it gets the role in the record, or AG0018 says why not (a
/// parameter with both attributes gets the actor role and an AG0018 about the target).
/// </summary>
public sealed class RoleAgreementTests
{
    private static readonly string[] Types = ["string", "string?", "int", "Guid", "Uri", "Order", "Order?", "CancellationToken", "CancellationTokenSource", "ILogger", "object", "int[]"];

    private static readonly string[] Attributes = ["", "[AuditActor] ", "[AuditTarget] ", "[AuditActor, AuditTarget] ", "[AuditActor, LogProperties] ", "[AuditTarget, LogProperties] ", "[AuditActor, NotLogged] ", "[AuditTarget, Sensitive] "];

    [Fact]
    public void Analyzer_and_generator_agree_on_every_role()
    {
        int seed = int.TryParse(Environment.GetEnvironmentVariable("AUDITGEN_FUZZ_SEED"), out int s) ? s : 20261130;
        int cases = int.TryParse(Environment.GetEnvironmentVariable("AUDITGEN_FUZZ_CASES"), out int c) ? c : 300;
        var random = new Random(seed);
        var methods = new List<string>();
        for (int i = 0; i < cases; i++)
        {
            string[] types = [.. Enumerable.Range(0, random.Next(1, 5)).Select(_ => Types[random.Next(Types.Length)])];
            string parameters = string.Join(", ", types.Select((t, p) => Attributes[random.Next(Attributes.Length)] + t + " p" + p));
            string attribute = random.Next(6) == 0 ? "[TrackPerformance(10)]" : $"[Audit(\"op{i}\", Sensitive = {(random.Next(2) == 0 ? "true" : "false")})]";
            methods.Add($"{attribute} public partial void M{i}({parameters});\n    private void M{i}Core({string.Join(", ", types.Select((t, p) => t + " p" + p))}) {{ }}");
        }

        string source = Sources.InNamespace("public sealed class Order { public int Id { get; set; } }\n\npublic partial class Roles(ILogger logger)\n{\n    " + string.Join("\n    ", methods) + "\n}");
        var compilation = GeneratorHarness.Compile(source);
        SyntaxTree tree = compilation.SyntaxTrees.First();
        var known = KnownTypes.From(compilation);
        SemanticModel model = compilation.GetSemanticModel(tree);
        var disagreements = new List<string>();
        foreach (MethodDeclarationSyntax declaration in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Where(m => m.AttributeLists.Count > 0))
        {
            var method = (IMethodSymbol)model.GetDeclaredSymbol(declaration)!;
            AuditMethodSpec? spec = AuditMethodParser.Parse(method, declaration, known, CancellationToken.None)?.Method;
            Assert.False(spec is null || spec.IsStub, $"{declaration.Identifier.ValueText} was rejected: the generated source is wrong, not the roles");
            string[] flagged = [.. AuditMethodRules.Check(method, known, CancellationToken.None).Where(p => p.Kind == AuditProblemKind.IneffectiveAuditRole).Select(p => p.Arguments[1])];
            foreach (IParameterSymbol parameter in method.Parameters)
            {
                bool actor = parameter.GetAttributes().Any(a => a.AttributeClass?.Name == "AuditActorAttribute");
                bool target = parameter.GetAttributes().Any(a => a.AttributeClass?.Name == "AuditTargetAttribute");
                if (!actor && !target)
                {
                    continue;
                }

                ValueRole role = spec is null || spec.IsStub ? ValueRole.None : spec.LoggedValues.FirstOrDefault(v => v.Parameter == parameter.Name)?.Role ?? ValueRole.None;
                bool warned = flagged.Contains(parameter.Name);
                bool agrees = actor && target ? (role == ValueRole.Actor) == warned || (role == ValueRole.None && warned) : (role != ValueRole.None) != warned;
                if (!agrees)
                {
                    disagreements.Add($"{declaration.Identifier.ValueText}({parameter.Name}): role {role}, AG0018 {(warned ? "reported" : "not reported")}\n  {declaration.ParameterList}");
                }
            }
        }

        Assert.True(disagreements.Count == 0, $"seed {seed}:\n" + string.Join("\n", disagreements.Take(10)));
    }
}
