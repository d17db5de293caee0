using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.BuildingBlocks.Tests.UseCases;

public sealed class UseCaseRunnerTests
{
    [Fact]
    public async Task Runs_the_handler_of_a_valid_request_from_an_allowed_caller()
    {
        using var services = Services(CorridorRoles.Coordinator);
        var runner = services.GetRequiredService<UseCaseRunner>();

        Assert.Equal("HELLO", await runner.RunAsync(new Shout("hello"), CancellationToken.None));
    }

    [Fact]
    public async Task Refuses_a_caller_without_the_role_before_validating_and_never_reaches_the_handler()
    {
        using var services = Services(CorridorRoles.Member);
        var runner = services.GetRequiredService<UseCaseRunner>();

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => runner.RunAsync(new Shout(""), CancellationToken.None));

        Assert.Equal("role-missing", refused.Code);
        Assert.Equal("This call requires one of the roles: coordinator, secretariat.", refused.Message);
        Assert.Equal(0, services.GetRequiredService<Calls>().Count);
    }

    [Fact]
    public async Task Reports_every_validation_failure_at_once_and_never_reaches_the_handler()
    {
        using var services = Services(CorridorRoles.Secretariat);
        var runner = services.GetRequiredService<UseCaseRunner>();

        var invalid = await Assert.ThrowsAsync<ValidationException>(() => runner.RunAsync(new Shout(new string('x', 11)), CancellationToken.None));

        Assert.Equal(["Text", "Text"], invalid.Errors.Select(e => e.PropertyName));
        Assert.Equal(0, services.GetRequiredService<Calls>().Count);
    }

    [Fact]
    public void The_catalog_lists_each_use_case_with_its_rules()
    {
        var useCase = Assert.Single(UseCaseCatalog.Of(typeof(Shout).Assembly), u => u.Request == typeof(Shout));

        Assert.Equal(typeof(string), useCase.Result);
        Assert.Equal(typeof(ShoutHandler), useCase.Handler);
        Assert.Equal([typeof(ShoutAuthorization)], useCase.AuthorizationRules);
    }

    private static ServiceProvider Services(string role)
    {
        var services = new ServiceCollection()
            .AddSingleton(new CallerIdentity("someone", "450000", "organ", [role]))
            .AddSingleton<Calls>()
            .AddScoped<IValidator<Shout>, ShoutValidator>()
            .AddScoped<IValidator<Shout>, ShoutLengthValidator>()
            .AddUseCases(typeof(Shout).Assembly);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = false, ValidateOnBuild = true });
    }
}

public sealed record Shout(string Text) : IUseCase<string>;

internal sealed class Calls
{
    public int Count { get; set; }
}

internal sealed class ShoutValidator : AbstractValidator<Shout>
{
    public ShoutValidator() => RuleFor(s => s.Text).NotEmpty().Must(t => !t.Contains('x', StringComparison.Ordinal));
}

internal sealed class ShoutLengthValidator : AbstractValidator<Shout>
{
    public ShoutLengthValidator() => RuleFor(s => s.Text).MaximumLength(10);
}

internal sealed class ShoutAuthorization(CallerIdentity caller) : ReviewerRule<Shout>(caller);

internal sealed class ShoutHandler(Calls calls) : IUseCaseHandler<Shout, string>
{
    public Task<string> HandleAsync(Shout request, CancellationToken cancellationToken)
    {
        calls.Count++;
        return Task.FromResult(request.Text.ToUpperInvariant());
    }
}
