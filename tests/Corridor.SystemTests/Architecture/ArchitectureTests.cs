using Corridor.BuildingBlocks.Domain;
using NetArchTest.Rules;

namespace Corridor.SystemTests.Architecture;

/// <summary>The layering rules of docs/architecture/services.md, checked on the compiled assemblies.</summary>
public sealed class ArchitectureTests
{
    private static readonly string[] Infrastructure = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Grpc", "Google.Protobuf", "MassTransit"];

    [Theory]
    [MemberData(nameof(ServiceAssemblies.FeatureServices), MemberType = typeof(ServiceAssemblies))]
    public void Aggregates_depend_on_no_persistence_web_or_transport_type(string service)
    {
        var result = Types.InAssembly(ServiceAssemblies.Services[service])
            .That().Inherit(typeof(AggregateRoot))
            .Should().NotHaveDependencyOnAny(Infrastructure)
            .GetResult();

        Assert.True(result.IsSuccessful, Failing("aggregates that use infrastructure types", result));
        Assert.NotEmpty(Types.InAssembly(ServiceAssemblies.Services[service]).That().Inherit(typeof(AggregateRoot)).GetTypes());
    }

    [Fact]
    public void The_domain_building_blocks_depend_on_no_persistence_web_or_transport_type()
    {
        var result = Types.InAssembly(ServiceAssemblies.BuildingBlocks)
            .That().ResideInNamespace("Corridor.BuildingBlocks.Domain")
            .Should().NotHaveDependencyOnAny(Infrastructure)
            .GetResult();

        Assert.True(result.IsSuccessful, Failing("domain building blocks that use infrastructure types", result));
    }

    [Theory]
    [MemberData(nameof(ServiceAssemblies.FeatureServices), MemberType = typeof(ServiceAssemblies))]
    public void Adapters_do_not_touch_a_DbContext(string service)
    {
        var adapters = Types.InAssembly(ServiceAssemblies.Services[service])
            .That().HaveNameEndingWith("Endpoints").Or().HaveNameEndingWith("GrpcService").Or().HaveNameEndingWith("QueryService");

        var result = adapters.Should().NotHaveDependencyOnAny("Microsoft.EntityFrameworkCore", $"Corridor.{service}.Infrastructure.{service}DbContext").GetResult();

        Assert.True(result.IsSuccessful, Failing("REST or gRPC adapters that use the DbContext", result));
        Assert.NotEmpty(adapters.GetTypes());
    }

    [Fact]
    public void Services_do_not_reference_each_other()
    {
        foreach (var (name, assembly) in ServiceAssemblies.Services)
        {
            var others = ServiceAssemblies.Services.Values.Where(a => a != assembly).Select(a => a.GetName().Name!).ToHashSet();
            var referenced = assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(others.Contains).ToArray();
            Assert.True(referenced.Length == 0, $"{name} references {string.Join(", ", referenced)}: services talk through contracts only.");
        }
    }

    [Fact]
    public void Contracts_reference_no_service_and_no_building_block()
    {
        var forbidden = ServiceAssemblies.Services.Values.Append(ServiceAssemblies.BuildingBlocks).Select(a => a.GetName().Name!).ToHashSet();
        var referenced = ServiceAssemblies.Contracts.GetReferencedAssemblies().Select(a => a.Name!).Where(forbidden.Contains).ToArray();

        Assert.True(referenced.Length == 0, $"Corridor.Contracts references {string.Join(", ", referenced)}.");
    }

    private static string Failing(string what, TestResult result) =>
        $"{what}: {string.Join(", ", result.FailingTypeNames ?? [])}";
}
