using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Agreements.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LinkedProjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LinkedProjects",
                columns: table => new
                {
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LeadOrganId = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    LeadRegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceVersion = table.Column<long>(type: "INTEGER", nullable: false),
                    ApprovedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkedProjects", x => x.ProjectId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LinkedProjects_AgreementId_ApprovedAt",
                table: "LinkedProjects",
                columns: new[] { "AgreementId", "ApprovedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LinkedProjects");
        }
    }
}
