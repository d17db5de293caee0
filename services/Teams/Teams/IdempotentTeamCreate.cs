using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Teams.Infrastructure;

namespace Corridor.Teams.Teams;

/// <summary>
/// The REST creates that honour an Idempotency-Key (register, add a member, deploy, record an outcome): the use case runs
/// as over gRPC, but its change commits together with the stored answer, and a retried request replays that answer.
/// </summary>
internal sealed class IdempotentTeamCreate(TeamsDbContext db, TeamWriter writer, UseCaseRunner useCases, CallerIdentity caller)
{
    public Task<IResult> RunAsync<TBody, TResult>(
        HttpContext http, TBody? body, IUseCase<TResult> useCase, int statusCode, Func<TResult, (object Answer, long Version, string? Location)> answer) =>
        IdempotentCreate.HandleAsync(http, db, caller, body, writer.Now, statusCode, async cancellationToken =>
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
