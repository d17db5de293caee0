using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Agreements.Infrastructure.Migrations.SqlServer
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
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DocumentSha256",
                table: "Agreements",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EndedAt",
                table: "Agreements",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ProposedAt",
                table: "Agreements",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RenewalDueFor",
                table: "Agreements",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SuspendedAt",
                table: "Agreements",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SuspensionReason",
                table: "Agreements",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TerminationDocumentLocation",
                table: "Agreements",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TerminationDocumentSha256",
                table: "Agreements",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TerminationReason",
                table: "Agreements",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "Agreements",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "Witness",
                table: "Agreements",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AgreementPlans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Area = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Planned = table.Column<int>(type: "int", nullable: false),
                    Goal = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    AgreementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Action = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    From = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    To = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    By = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ByOrganId = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: false),
                    ByRegionCode = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    AgreementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
