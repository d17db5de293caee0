using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Agreements.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AgreementActivities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AgreementActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Area = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    HostOrganId = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: false),
                    ParticipatingOrganIds = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ParticipantCount = table.Column<int>(type: "int", nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    EvidenceSha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    EvidenceLocation = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    RecordedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RecordedByOrganId = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: false),
                    RecordedByRegionCode = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementActivities_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementActivities_AgreementId_Area_Date",
                table: "AgreementActivities",
                columns: new[] { "AgreementId", "Area", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgreementActivities");
        }
    }
}
