using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Lists.Matching;

internal sealed class MatchConfiguration : IEntityTypeConfiguration<Match>
{
    public void Configure(EntityTypeBuilder<Match> builder)
    {
        builder.ToTable("Matches");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(m => m.RaisingOrganId).HasMaxLength(18);
        builder.Property(m => m.RaisingRegionCode).HasMaxLength(6);
        builder.Property(m => m.OfferingOrganId).HasMaxLength(18);
        builder.Property(m => m.OfferingRegionCode).HasMaxLength(6);
        builder.Property(m => m.ProposedByOrganId).HasMaxLength(18);
        builder.Property(m => m.DeclinedByOrganId).HasMaxLength(18);
        builder.Property(m => m.DeclineReason).HasMaxLength(Match.MaxReason);
        builder.Property(m => m.ReleasedByOrganId).HasMaxLength(18);
        builder.Property(m => m.ReleaseReason).HasMaxLength(Match.MaxReason);
        builder.HasIndex(m => new { m.ProblemId, m.Status });
        builder.HasIndex(m => m.ResourceId);
    }
}
