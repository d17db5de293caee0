using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Teams.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ExternalReferencesAndUpserts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExternalReference",
                table: "Teams",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Teams_RegionCode_ExternalReference",
                table: "Teams",
                columns: new[] { "RegionCode", "ExternalReference" },
                unique: true,
                filter: "\"ExternalReference\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Teams_RegionCode_ExternalReference",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "ExternalReference",
                table: "Teams");
        }
    }
}
