using AuditGen.RealWorld.Packages;

namespace AuditGen.RealWorld.Tests;

public class InferredPackagesTests
{
    [Fact]
    public void Adds_a_test_framework_the_code_uses_but_no_project_names()
    {
        Assert.Equal(["xunit", "Moq"], InferredPackages.Find(["using Xunit;\nusing Moq;\nusing System;"], ["Serilog"]));
    }

    [Fact]
    public void Adds_nothing_when_the_package_or_a_family_member_is_requested()
    {
        Assert.Empty(InferredPackages.Find(["global using Xunit;"], ["xunit.v3"]));
        Assert.Empty(InferredPackages.Find(["using Xunit;"], ["XUnit"]));
    }
}
