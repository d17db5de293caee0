using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Lists.Infrastructure.Migrations.SqlServer
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProblemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ResourceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RaisingOrganId = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: false),
                    RaisingRegionCode = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    OfferingOrganId = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: false),
                    OfferingRegionCode = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    ProposedByOrganId = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    RaiserAcceptedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    OffererAcceptedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeclinedByOrganId = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: true),
                    DeclineReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CommittedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
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
