using System.Text.Json;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.Tests.Web;

public sealed class CorridorExceptionHandlerTests
{
    [Fact]
    public void An_unreadable_json_field_is_named_in_the_problem()
    {
        JsonException json;
        try
        {
            JsonSerializer.Deserialize<Sample>("""{"title": 5}""", new JsonSerializerOptions(JsonSerializerDefaults.Web));
            throw new InvalidOperationException("expected the deserializer to fail");
        }
        catch (JsonException ex)
        {
            json = ex;
        }

        var problem = Assert.IsType<HttpValidationProblemDetails>(
            CorridorExceptionHandler.ToProblem(new BadHttpRequestException("Failed to read the body.", json)));

        Assert.Equal(StatusCodes.Status400BadRequest, problem.Status);
        Assert.Equal("$.title", Assert.Single(problem.Errors).Key);
    }

    [Theory]
    [InlineData(typeof(NotFoundException), StatusCodes.Status404NotFound)]
    [InlineData(typeof(ForbiddenException), StatusCodes.Status403Forbidden)]
    [InlineData(typeof(DomainRuleException), StatusCodes.Status409Conflict)]
    [InlineData(typeof(PreconditionFailedException), StatusCodes.Status412PreconditionFailed)]
    [InlineData(typeof(DbUpdateConcurrencyException), StatusCodes.Status409Conflict)]
    [InlineData(typeof(DependencyUnavailableException), StatusCodes.Status503ServiceUnavailable)]
    public void Known_failures_map_to_their_status(Type exceptionType, int status)
    {
        Exception exception = exceptionType.Name switch
        {
            nameof(NotFoundException) => new NotFoundException("Project", "x"),
            nameof(ForbiddenException) => new ForbiddenException("code", "no"),
            nameof(DomainRuleException) => new DomainRuleException("code", "no"),
            nameof(PreconditionFailedException) => new PreconditionFailedException(3),
            nameof(DbUpdateConcurrencyException) => new DbUpdateConcurrencyException("changed"),
            _ => new DependencyUnavailableException("Agreements", new TimeoutException()),
        };

        Assert.Equal(status, CorridorExceptionHandler.ToProblem(exception)?.Status);
    }

    [Fact]
    public void Unknown_failures_are_left_to_the_default_500_handler() =>
        Assert.Null(CorridorExceptionHandler.ToProblem(new InvalidOperationException("bug")));

    private sealed record Sample(string Title);
}
