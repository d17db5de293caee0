using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Lists.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProjectExternalReference : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExternalReference",
                table: "Projects",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Projects_LeadRegionCode_ExternalReference",
                table: "Projects",
                columns: new[] { "LeadRegionCode", "ExternalReference" },
                unique: true,
                filter: "\"ExternalReference\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_LeadRegionCode_ExternalReference",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ExternalReference",
                table: "Projects");
        }
    }
}
