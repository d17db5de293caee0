using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Teams.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ApprovedProjectVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "ApprovedProjects",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "ApprovedProjects");
        }
    }
}
