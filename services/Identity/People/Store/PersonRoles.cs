using Corridor.BuildingBlocks.Security;
using Microsoft.AspNetCore.Identity;

namespace Corridor.Identity.People.Store;

/// <summary>The roles a person may hold, stored as Identity roles with fixed ids (part of the migrations).</summary>
public static class PersonRoles
{
    public static readonly IReadOnlyList<string> All = [CorridorRoles.Member, CorridorRoles.Coordinator, CorridorRoles.Secretariat, CorridorRoles.Admin];

    /// <summary>The stored role rows; the ids and stamps never change, so the migrations stay stable.</summary>
    public static IEnumerable<IdentityRole<Guid>> Rows() =>
    [
        Row("6a7c2d1e-0001-4c8e-9b8a-5f1d2c3b4a01", CorridorRoles.Member),
        Row("6a7c2d1e-0002-4c8e-9b8a-5f1d2c3b4a02", CorridorRoles.Coordinator),
        Row("6a7c2d1e-0003-4c8e-9b8a-5f1d2c3b4a03", CorridorRoles.Secretariat),
        Row("6a7c2d1e-0004-4c8e-9b8a-5f1d2c3b4a04", CorridorRoles.Admin),
    ];

    private static IdentityRole<Guid> Row(string id, string name) => new()
    {
        Id = Guid.Parse(id),
        Name = name,
        NormalizedName = name.ToUpperInvariant(),
        ConcurrencyStamp = id,
    };
}
