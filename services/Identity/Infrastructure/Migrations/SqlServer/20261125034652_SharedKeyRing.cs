using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Identity.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SharedKeyRing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KeyRingState",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false),
                    LeasedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LeasedUntil = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ChangedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeyRingState", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "KeyRingState",
                columns: new[] { "Id", "ChangedAt", "LeasedBy", "LeasedUntil", "Revision" },
                values: new object[] { 1, null, null, null, 0L });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "KeyRingState");
        }
    }
}
