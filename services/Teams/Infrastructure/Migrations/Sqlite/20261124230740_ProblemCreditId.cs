using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Teams.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProblemCreditId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_TeamProblemCredits",
                table: "TeamProblemCredits");

            migrationBuilder.AddColumn<long>(
                name: "Id",
                table: "TeamProblemCredits",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L)
                .Annotation("Sqlite:Autoincrement", true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_TeamProblemCredits",
                table: "TeamProblemCredits",
                column: "Id");

            migrationBuilder.CreateIndex(
                name: "IX_TeamProblemCredits_TeamId_ProblemId",
                table: "TeamProblemCredits",
                columns: new[] { "TeamId", "ProblemId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_TeamProblemCredits",
                table: "TeamProblemCredits");

            migrationBuilder.DropIndex(
                name: "IX_TeamProblemCredits_TeamId_ProblemId",
                table: "TeamProblemCredits");

            migrationBuilder.DropColumn(
                name: "Id",
                table: "TeamProblemCredits");

            migrationBuilder.AddPrimaryKey(
                name: "PK_TeamProblemCredits",
                table: "TeamProblemCredits",
                columns: new[] { "TeamId", "ProblemId" });
        }
    }
}
