using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Lists.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddMatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Matches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProblemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RaisingOrganId = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    RaisingRegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    OfferingOrganId = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    OfferingRegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    ProposedByOrganId = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RaiserAcceptedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OffererAcceptedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeclinedByOrganId = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CommittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Matches", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Matches_ProblemId_Status",
                table: "Matches",
                columns: new[] { "ProblemId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Matches_ResourceId",
                table: "Matches",
                column: "ResourceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Matches");
        }
    }
}
