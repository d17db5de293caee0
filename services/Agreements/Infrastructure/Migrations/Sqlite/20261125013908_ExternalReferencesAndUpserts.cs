using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Agreements.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ExternalReferencesAndUpserts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DraftingRegionCode",
                table: "Agreements",
                type: "TEXT",
                maxLength: 6,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExternalReference",
                table: "Agreements",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExternalReference",
                table: "AgreementActivities",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RevisedAt",
                table: "AgreementActivities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevisedBy",
                table: "AgreementActivities",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevisedByOrganId",
                table: "AgreementActivities",
                type: "TEXT",
                maxLength: 18,
                nullable: true);

            // Drafts made before the column existed: the region of the organ whose "draft" audit line opened them.
            migrationBuilder.Sql(
                "UPDATE \"Agreements\" SET \"DraftingRegionCode\" = (SELECT MIN(t.\"ByRegionCode\") FROM \"AgreementTransitions\" t " +
                "WHERE t.\"AgreementId\" = \"Agreements\".\"Id\" AND t.\"Action\" = 'draft') WHERE \"DraftingRegionCode\" IS NULL;");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_DraftingRegionCode_ExternalReference",
                table: "Agreements",
                columns: new[] { "DraftingRegionCode", "ExternalReference" },
                unique: true,
                filter: "\"ExternalReference\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementActivities_RecordedByRegionCode_ExternalReference",
                table: "AgreementActivities",
                columns: new[] { "RecordedByRegionCode", "ExternalReference" },
                unique: true,
                filter: "\"ExternalReference\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Agreements_DraftingRegionCode_ExternalReference",
                table: "Agreements");

            migrationBuilder.DropIndex(
                name: "IX_AgreementActivities_RecordedByRegionCode_ExternalReference",
                table: "AgreementActivities");

            migrationBuilder.DropColumn(
                name: "DraftingRegionCode",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "ExternalReference",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "ExternalReference",
                table: "AgreementActivities");

            migrationBuilder.DropColumn(
                name: "RevisedAt",
                table: "AgreementActivities");

            migrationBuilder.DropColumn(
                name: "RevisedBy",
                table: "AgreementActivities");

            migrationBuilder.DropColumn(
                name: "RevisedByOrganId",
                table: "AgreementActivities");
        }
    }
}
