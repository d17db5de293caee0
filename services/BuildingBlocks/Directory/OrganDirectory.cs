using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Persistence;
using Corridor.Contracts.Directory.V1;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using DirectoryClient = Corridor.Contracts.Directory.V1.Directory.DirectoryClient;

namespace Corridor.BuildingBlocks.Directory;

internal sealed class OrganDirectory(ServiceDbContext db, DirectoryClient directory, IServiceScopeFactory scopes, TimeProvider clock) : IOrganDirectory
{
    /// <summary>GetOrgans answers at most this many ids per call.</summary>
    public const int MaxIdsPerCall = 500;

    private const string Dependency = "The Directory service";

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    public async Task<IReadOnlyDictionary<string, KnownOrgan>> FindAsync(IEnumerable<string> organIds, CancellationToken cancellationToken)
    {
        var wanted = organIds.Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal).ToArray();
        var found = wanted.Length == 0
            ? []
            : await db.Set<KnownOrgan>().AsNoTracking().Where(o => wanted.Contains(o.OrganId)).ToDictionaryAsync(o => o.OrganId, StringComparer.Ordinal, cancellationToken);
        var missing = wanted.Where(id => !found.ContainsKey(id)).ToArray();
        if (missing.Length == 0)
        {
            return found;
        }

        var replies = new List<OrganReply>();
        foreach (var chunk in missing.Chunk(MaxIdsPerCall))
        {
            replies.AddRange((await CallAsync(() => directory.GetOrgansAsync(
                new GetOrgansRequest { OrganIds = { chunk } }, deadline: DateTime.UtcNow.Add(Deadline), cancellationToken: cancellationToken).ResponseAsync)).Organs);
        }

        foreach (var organ in await StoreAsync(replies, cancellationToken))
        {
            found[organ.OrganId] = organ;
        }

        return found;
    }

    public async Task<bool> IsMemberRegionAsync(string regionCode, DateOnly day, CancellationToken cancellationToken)
    {
        var known = await db.Set<KnownRegion>().AsNoTracking().SingleOrDefaultAsync(r => r.Code == regionCode, cancellationToken);
        if (known is not null)
        {
            return known.IsMemberOn(day);
        }

        RegionReply reply;
        try
        {
            reply = await CallAsync(() => directory.GetRegionAsync(
                new GetRegionRequest { Code = regionCode }, deadline: DateTime.UtcNow.Add(Deadline), cancellationToken: cancellationToken).ResponseAsync);
        }
        catch (DependencyUnavailableException ex) when (ex.InnerException is RpcException { StatusCode: StatusCode.NotFound or StatusCode.InvalidArgument })
        {
            return false;
        }

        // Version 0: the region never joined, so there is no membership to keep; its join will arrive as an event.
        if (reply.Version == 0 || DirectoryReplies.Day(reply.JoinedOn) is not { } joinedOn)
        {
            return false;
        }

        var stored = await WriteAsync(
            async store =>
            {
                await store.UpsertRegionJoinAsync(reply.Code, reply.Name, reply.ParentCode, joinedOn, DirectoryReplies.Day(reply.LeftOn), reply.Version, cancellationToken);
                return (await store.Set<KnownRegion>().FindAsync([reply.Code], cancellationToken))!;
            },
            cancellationToken);
        return stored.IsMemberOn(day);
    }

    public Task<OrganNames> NamesAsync(IEnumerable<string?> organIds, CancellationToken cancellationToken) =>
        db.OrganNamesAsync(organIds, cancellationToken);

    private static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (RpcException ex)
        {
            throw new DependencyUnavailableException($"{Dependency} ({ex.StatusCode})", ex);
        }
    }

    private async Task<IReadOnlyList<KnownOrgan>> StoreAsync(List<OrganReply> replies, CancellationToken cancellationToken)
    {
        if (replies.Count == 0)
        {
            return [];
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return await WriteAsync(
            async store =>
            {
                var stored = new List<KnownOrgan>();
                foreach (var reply in replies)
                {
                    await store.UpsertOrganAsync(reply.Snapshot(), reply.Version, reply.UpdatedAt(now), cancellationToken);
                    stored.Add((await store.Set<KnownOrgan>().FindAsync([reply.OrganId], cancellationToken))!);
                }

                return stored;
            },
            cancellationToken);
    }

    /// <summary>
    /// Stores answers in a context of their own, so the caller's unsaved changes are not saved with them. A concurrent
    /// request may store the same rows first: the second attempt then finds them and keeps the newer version.
    /// </summary>
    private async Task<T> WriteAsync<T>(Func<ServiceDbContext, Task<T>> write, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
            var result = await write(store);
            try
            {
                await store.SaveChangesAsync(cancellationToken);
                return result;
            }
            catch (DbUpdateException) when (attempt == 1)
            {
                store.ChangeTracker.Clear();
            }
        }
    }
}
