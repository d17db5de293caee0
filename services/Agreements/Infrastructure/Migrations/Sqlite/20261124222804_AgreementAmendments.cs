using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Agreements.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AgreementAmendments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AgreementAmendments",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Changes = table.Column<string>(type: "TEXT", nullable: false),
                    RequiredOrganIds = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProposedByOrganId = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    ProposedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementAmendments", x => new { x.AgreementId, x.Number });
                    table.ForeignKey(
                        name: "FK_AgreementAmendments_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AmendmentSignatures",
                columns: table => new
                {
                    OrganId = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AmendmentNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Signatory = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SignedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AmendmentSignatures", x => new { x.AgreementId, x.AmendmentNumber, x.OrganId });
                    table.ForeignKey(
                        name: "FK_AmendmentSignatures_AgreementAmendments_AgreementId_AmendmentNumber",
                        columns: x => new { x.AgreementId, x.AmendmentNumber },
                        principalTable: "AgreementAmendments",
                        principalColumns: new[] { "AgreementId", "Number" },
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AmendmentSignatures");

            migrationBuilder.DropTable(
                name: "AgreementAmendments");
        }
    }
}
