using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Agreements.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AgreementLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DocumentLocation",
                table: "Agreements",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DocumentSha256",
                table: "Agreements",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EndedAt",
                table: "Agreements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ProposedAt",
                table: "Agreements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RenewalDueFor",
                table: "Agreements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SuspendedAt",
                table: "Agreements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SuspensionReason",
                table: "Agreements",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TerminationDocumentLocation",
                table: "Agreements",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TerminationDocumentSha256",
                table: "Agreements",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TerminationReason",
                table: "Agreements",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "Agreements",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "Witness",
                table: "Agreements",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AgreementPlans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Planned = table.Column<int>(type: "INTEGER", nullable: false),
                    Goal = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementPlans_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementTransitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ByOrganId = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    ByRegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementTransitions_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_CreatedAt_Id",
                table: "Agreements",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_Status_TermEnd",
                table: "Agreements",
                columns: new[] { "Status", "TermEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementParties_RegionCode",
                table: "AgreementParties",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementPlans_AgreementId",
                table: "AgreementPlans",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementTransitions_AgreementId",
                table: "AgreementTransitions",
                column: "AgreementId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgreementPlans");

            migrationBuilder.DropTable(
                name: "AgreementTransitions");

            migrationBuilder.DropIndex(
                name: "IX_Agreements_CreatedAt_Id",
                table: "Agreements");

            migrationBuilder.DropIndex(
                name: "IX_Agreements_Status_TermEnd",
                table: "Agreements");

            migrationBuilder.DropIndex(
                name: "IX_AgreementParties_RegionCode",
                table: "AgreementParties");

            migrationBuilder.DropColumn(
                name: "DocumentLocation",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "DocumentSha256",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "EndedAt",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "ProposedAt",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "RenewalDueFor",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "SuspendedAt",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "SuspensionReason",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "TerminationDocumentLocation",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "TerminationDocumentSha256",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "TerminationReason",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "Witness",
                table: "Agreements");
        }
    }
}
