using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Identity.People.Store;

/// <summary>
/// ASP.NET Core Identity's tables (as <c>IdentityDbContext</c> maps them, schema version 2) inside Identity's own
/// context, which cannot derive from Identity's because it derives from the service base context.
/// </summary>
internal static class PeopleModel
{
    private const int NameLength = 256;
    private const int KeyLength = 128;

    public static void Apply(ModelBuilder model)
    {
        model.Entity<Person>(person =>
        {
            person.ToTable("AspNetUsers");
            person.HasKey(p => p.Id);
            person.HasIndex(p => p.NormalizedUserName).HasDatabaseName("UserNameIndex").IsUnique();
            person.HasIndex(p => p.NormalizedEmail).HasDatabaseName("EmailIndex");
            person.HasIndex(p => new { p.RegionCode, p.CreatedAt, p.Id });
            person.HasIndex(p => new { p.CreatedAt, p.Id });
            person.Property(p => p.ConcurrencyStamp).IsConcurrencyToken();
            person.Property(p => p.UserName).HasMaxLength(NameLength);
            person.Property(p => p.NormalizedUserName).HasMaxLength(NameLength);
            person.Property(p => p.Email).HasMaxLength(NameLength);
            person.Property(p => p.NormalizedEmail).HasMaxLength(NameLength);
            person.Property(p => p.PhoneNumber).HasMaxLength(NameLength);
            person.Property(p => p.DisplayName).HasMaxLength(Person.MaxDisplayName);
            person.Property(p => p.OrganId).HasMaxLength(18);
            person.Property(p => p.RegionCode).HasMaxLength(6);
            person.HasMany<IdentityUserClaim<Guid>>().WithOne().HasForeignKey(c => c.UserId).IsRequired();
            person.HasMany<IdentityUserLogin<Guid>>().WithOne().HasForeignKey(l => l.UserId).IsRequired();
            person.HasMany<IdentityUserToken<Guid>>().WithOne().HasForeignKey(t => t.UserId).IsRequired();
            person.HasMany<IdentityUserRole<Guid>>().WithOne().HasForeignKey(r => r.UserId).IsRequired();
        });
        model.Entity<IdentityUserClaim<Guid>>(claim =>
        {
            claim.ToTable("AspNetUserClaims");
            claim.HasKey(c => c.Id);
        });
        model.Entity<IdentityUserLogin<Guid>>(login =>
        {
            login.ToTable("AspNetUserLogins");
            login.HasKey(l => new { l.LoginProvider, l.ProviderKey });
            login.Property(l => l.LoginProvider).HasMaxLength(KeyLength);
            login.Property(l => l.ProviderKey).HasMaxLength(KeyLength);
        });
        model.Entity<IdentityUserToken<Guid>>(token =>
        {
            token.ToTable("AspNetUserTokens");
            token.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
            token.Property(t => t.LoginProvider).HasMaxLength(KeyLength);
            token.Property(t => t.Name).HasMaxLength(KeyLength);
        });
        model.Entity<IdentityRole<Guid>>(role =>
        {
            role.ToTable("AspNetRoles");
            role.HasKey(r => r.Id);
            role.HasIndex(r => r.NormalizedName).HasDatabaseName("RoleNameIndex").IsUnique();
            role.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
            role.Property(r => r.Name).HasMaxLength(NameLength);
            role.Property(r => r.NormalizedName).HasMaxLength(NameLength);
            role.HasMany<IdentityUserRole<Guid>>().WithOne().HasForeignKey(r => r.RoleId).IsRequired();
            role.HasMany<IdentityRoleClaim<Guid>>().WithOne().HasForeignKey(c => c.RoleId).IsRequired();
            role.HasData(PersonRoles.Rows());
        });
        model.Entity<IdentityRoleClaim<Guid>>(claim =>
        {
            claim.ToTable("AspNetRoleClaims");
            claim.HasKey(c => c.Id);
        });
        model.Entity<IdentityUserRole<Guid>>(role =>
        {
            role.ToTable("AspNetUserRoles");
            role.HasKey(r => new { r.UserId, r.RoleId });
        });
    }
}
