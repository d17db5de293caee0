using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Notifications.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewDueAt",
                table: "TrackedProjects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReviewRound",
                table: "TrackedProjects",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ReminderMarks",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderMarks", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "TrackedAgreements",
                columns: table => new
                {
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PartyOrganIds = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
