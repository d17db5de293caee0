using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Notifications.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Reminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PendingParties",
                table: "TrackedProjects",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewDueAt",
                table: "TrackedProjects",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReviewRound",
                table: "TrackedProjects",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ReminderMarks",
                columns: table => new
                {
                    Key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderMarks", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "TrackedAgreements",
                columns: table => new
                {
                    AgreementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PartyOrganIds = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrackedAgreements", x => x.AgreementId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrackedProjects_ReviewDueAt",
                table: "TrackedProjects",
                column: "ReviewDueAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReminderMarks");

            migrationBuilder.DropTable(
                name: "TrackedAgreements");

            migrationBuilder.DropIndex(
                name: "IX_TrackedProjects_ReviewDueAt",
                table: "TrackedProjects");

            migrationBuilder.DropColumn(
                name: "PendingParties",
                table: "TrackedProjects");

            migrationBuilder.DropColumn(
                name: "ReviewDueAt",
                table: "TrackedProjects");

            migrationBuilder.DropColumn(
                name: "ReviewRound",
                table: "TrackedProjects");
        }
    }
}
