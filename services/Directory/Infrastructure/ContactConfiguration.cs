using Corridor.DirectoryService.Contacts;
using Corridor.DirectoryService.Organs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.DirectoryService.Infrastructure;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("Contacts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.OrganId).HasMaxLength(Organ.IdLength);
        builder.Property(c => c.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Name).HasMaxLength(Contact.MaxName);
        builder.Property(c => c.Phone).HasMaxLength(16);
        builder.Property(c => c.AddedBy).HasMaxLength(200);
        builder.HasIndex(c => c.OrganId);
    }
}
