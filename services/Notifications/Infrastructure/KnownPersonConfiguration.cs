using Corridor.Notifications.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Notifications.Infrastructure;

internal sealed class KnownPersonConfiguration : IEntityTypeConfiguration<KnownPerson>
{
    public void Configure(EntityTypeBuilder<KnownPerson> person)
    {
        person.ToTable("People");
        person.HasKey(p => p.PersonId);
        person.Property(p => p.PersonId).ValueGeneratedNever();
        person.Property(p => p.UserName).HasMaxLength(KnownPerson.MaxUserName);
        person.Property(p => p.DisplayName).HasMaxLength(100);
        person.Property(p => p.OrganId).HasMaxLength(18);
        person.Property(p => p.RegionCode).HasMaxLength(6);
        person.Property(p => p.Roles).HasMaxLength(200);
        person.Property(p => p.Email).HasMaxLength(256);
        person.HasIndex(p => p.UserName).IsUnique();
        person.HasIndex(p => p.OrganId);
        person.HasIndex(p => p.RegionCode);
    }
}
