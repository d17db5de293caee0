using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Teams.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Teams;

/// <summary>
/// The REST creates that honour an Idempotency-Key (register, add a member, deploy, record an outcome): the use case runs
/// as over gRPC, but its change commits together with the stored answer, and a retried request replays that answer.
/// </summary>
internal sealed class IdempotentTeamCreate(TeamsDbContext db, TeamWriter writer, UseCaseRunner useCases, CallerIdentity caller)
{
    public async Task<IResult> RunAsync<TBody, TResult>(
        HttpContext http, TBody? body, IUseCase<TResult> useCase, int statusCode, Func<TResult, (object Answer, long Version, string? Location)> answer)
    {
        try
        {
            return await IdempotentCreate.HandleAsync(http, db, caller, body, writer.Now, statusCode, async cancellationToken =>
            {
                writer.SavedByCaller = true;
                try
                {
                    return answer(await useCases.RunAsync(useCase, cancellationToken));
                }
                finally
                {
                    writer.SavedByCaller = false;
                }
            });
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another change to the team was saved after the version the caller named was checked: their copy is stale.
            if (await writer.StaleVersionAsync(http.RequestAborted) is { } stale)
            {
                throw stale;
            }

            throw;
        }
    }
}
