using System.Text.Json;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Grpc;
using Corridor.BuildingBlocks.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
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
    public void A_write_referring_to_a_record_removed_meanwhile_is_a_409_and_other_constraint_failures_stay_500()
    {
        var foreignKey = new DbUpdateException("insert failed", new SqliteException("FOREIGN KEY constraint failed", 19, 787));
        var unique = new DbUpdateException("insert failed", new SqliteException("UNIQUE constraint failed", 19, 2067));

        Assert.Equal((StatusCodes.Status409Conflict, "reference-removed"), (CorridorExceptionHandler.ToProblem(foreignKey)?.Status, CorridorExceptionHandler.ToProblem(foreignKey)?.Extensions["code"]));
        Assert.Equal(global::Grpc.Core.StatusCode.FailedPrecondition, (global::Grpc.Core.StatusCode)GrpcExceptionInterceptor.ToStatus(foreignKey)!.Code);
        Assert.Null(CorridorExceptionHandler.ToProblem(unique));
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(6, 262)]
    public void A_database_that_stays_locked_is_503_database_busy_not_500(int errorCode, int extendedCode)
    {
        var locked = new SqliteException("database is locked", errorCode, extendedCode);
        Exception[] seen = [locked, new DbUpdateException("save failed", locked), new InvalidOperationException("query failed", locked)];

        foreach (var exception in seen)
        {
            var problem = CorridorExceptionHandler.ToProblem(exception);
            Assert.Equal((StatusCodes.Status503ServiceUnavailable, "database-busy"), (problem?.Status, problem?.Extensions["code"]));
            Assert.Equal(global::Grpc.Core.StatusCode.Unavailable, (global::Grpc.Core.StatusCode)GrpcExceptionInterceptor.ToStatus(exception)!.Code);
        }
    }

    [Fact]
    public void Unknown_failures_are_left_to_the_default_500_handler() =>
        Assert.Null(CorridorExceptionHandler.ToProblem(new InvalidOperationException("bug")));

    private sealed record Sample(string Title);
}
