using Corridor.Identity.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Identity.People.Store;

/// <summary>
/// Puts the people configured under <c>Identity:Users</c> (the demo people) into the store when their user name is
/// absent, and never touches a stored person: configuration only seeds, the store is what sign-in reads. The configured
/// hash is ASP.NET Core Identity's own V3 format, so it is stored as it is; Identity rehashes it at a successful sign-in
/// if its iteration count falls behind the hasher's. Each person seeded is published as <see cref="Contracts.Events.PersonChanged"/>
/// (version 1) in the same save.
/// </summary>
internal sealed class PeopleSeeder(IdentityDbContext db, ILookupNormalizer normalizer, IdentityOptions options, TimeProvider time, ILogger<PeopleSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var errors = UserRegistrationRules.Check(options.Users);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Invalid user configuration:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }

        var roles = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Name!, r => r.Id, StringComparer.Ordinal, cancellationToken);
        foreach (var user in options.Users)
        {
            var normalized = normalizer.NormalizeName(user.UserName);
            if (await db.People.AnyAsync(p => p.NormalizedUserName == normalized, cancellationToken))
            {
                continue;
            }

            // The configured organ and region are stored as configured, not checked against the directory as the
            // people API checks them: seeding runs before Identity serves, and Identity starts first (the other
            // services fetch its signing keys), so the Directory is not reachable yet. UserRegistrationRules has
            // checked the forms; an organ the directory does not know still leaves a seeded coordinator managing nobody.
            var person = new Person
            {
                Id = Guid.CreateVersion7(),
                UserName = user.UserName,
                NormalizedUserName = normalized,
                PasswordHash = user.PasswordHash,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
                LockoutEnabled = true,
                DisplayName = user.DisplayName,
                Email = string.IsNullOrEmpty(user.Email) ? null : user.Email,
                NormalizedEmail = string.IsNullOrEmpty(user.Email) ? null : normalizer.NormalizeEmail(user.Email),
                OrganId = user.OrganId,
                RegionCode = user.RegionCode,
                CreatedAt = time.GetUtcNow().UtcDateTime,
                Version = 1,
            };
            var personRoles = user.Roles.Distinct(StringComparer.Ordinal).ToArray();
            db.People.Add(person);
            db.UserRoles.AddRange(personRoles.Select(r => new IdentityUserRole<Guid> { UserId = person.Id, RoleId = roles[r] }));
            db.AddPersonChanged(person, personRoles, person.CreatedAt);
            await SaveAsync(person, cancellationToken);
        }
    }

    // Replicas starting together on an empty database seed the same people: the unique user name lets one of them win.
    private async Task SaveAsync(Person person, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Seeded person {UserName} of region {Region}", person.UserName, person.RegionCode);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await db.People.AnyAsync(p => p.NormalizedUserName == person.NormalizedUserName, cancellationToken))
            {
                throw;
            }

            logger.LogInformation("Person {UserName} was seeded by another replica", person.UserName);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
